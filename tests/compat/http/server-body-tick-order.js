'use strict';
// Where ticks and promise jobs run while a server parses a request: Node drains
// them after each body piece of a parser that consumes its socket, not after the
// head or the message's end. A 'data' listener added in the handler is resumed
// before the end is pushed, so the body is read (req._read) rather than dumped.
const http = require('http');
const net = require('net');

const log = [];
const server = http.createServer((req, res) => {
  const id = req.url;
  log.push(`${id} request`);
  process.nextTick(() => log.push(`${id} tick`));
  Promise.resolve().then(() => log.push(`${id} promise`));
  let bytes = 0;
  if (id === '/ignored') {  // answered unread: the server dumps the body
    res.end('unread\n');
    req.on('end', () => log.push(`${id} end`));
  } else {
    req.on('data', (d) => { bytes += d.length; log.push(`${id} data ${d.length}`); });
  }
  if (id !== '/ignored') req.on('end', () => {
    log.push(`${id} end ${bytes}`);
    res.end(`${id} ${bytes}\n`);
  });
  req.on('close', () => log.push(`${id} req close`));
  res.on('finish', () => log.push(`${id} finish`));
});

const body = (n) => 'x'.repeat(n);
const requests = [
  ['head and body in one write', [`POST /one HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n${body(100)}`]],
  ['no body', ['GET /get HTTP/1.1\r\nHost: a\r\n\r\n']],
  ['body in a later write', ['POST /later HTTP/1.1\r\nHost: a\r\nContent-Length: 50\r\n\r\n', body(50)]],
  ['three chunks in one write', ['POST /chunked HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '5\r\nabcde\r\n3\r\nfgh\r\n2\r\nij\r\n0\r\n\r\n']],
  ['body nobody reads', [`POST /ignored HTTP/1.1\r\nHost: a\r\nContent-Length: 20\r\n\r\n${body(20)}`]],
  ['two pipelined', [`POST /p1 HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n${body(10)}` +
    `POST /p2 HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n${body(10)}`], 2],
];

server.listen(0, '127.0.0.1', () => {
  const sock = net.connect(server.address().port, '127.0.0.1');
  let i = 0;
  let answers = 0;
  let want = 0;
  function next() {
    if (i === requests.length) {
      sock.end();
      server.close(() => console.log(log.join('\n')));
      return;
    }
    const [name, writes, replies = 1] = requests[i++];
    log.push(`-- ${name}`);
    answers = 0;
    want = replies;
    let w = 0;
    (function write() {
      sock.write(writes[w++]);
      if (w < writes.length) setTimeout(write, 20);
    })();
  }
  sock.on('data', (d) => {
    answers += (d.toString().match(/HTTP\/1\.1 200/g) || []).length;
    if (answers >= want) setTimeout(next, 20);
  });
  next();
});
