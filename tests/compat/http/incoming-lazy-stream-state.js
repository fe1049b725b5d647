// A request nobody reads still behaves as a Readable at every point of its life:
// stream properties read at different moments, listeners added after the response,
// iteration and read() of a body-less request, an unread body before a pipelined one.
const http = require('http');
const { exchange } = require('./fixtures/raw-cases');

function props(tag, req) {
  console.log(tag, JSON.stringify({
    complete: req.complete, readable: req.readable, readableEnded: req.readableEnded,
    destroyed: req.destroyed, closed: req.closed, flowing: req.readableFlowing,
    length: req.readableLength, dumped: req._dumped,
  }));
}

const scenarios = {
  '/props-late'(req, res) {
    res.end('ok');
    res.on('finish', () => {
      props('finish', req);
      process.nextTick(() => props('finish+tick', req));
      setImmediate(() => props('finish+immediate', req));
    });
  },
  '/props-before'(req, res) {
    props('handler', req);
    res.end('ok');
  },
  '/listen-after-end'(req, res) {
    res.end('ok');
    req.on('end', () => console.log('late end listener fired'));
    req.on('close', () => console.log('late close listener fired'));
  },
  '/listen-in-tick-after-finish'(req, res) {
    res.end('ok');
    res.on('finish', () => process.nextTick(() => {
      req.on('close', () => console.log('tick close listener fired'));
    }));
  },
  '/listen-after-immediate'(req, res) {
    res.end('ok');
    setImmediate(() => {
      req.on('close', () => console.log('immediate close listener fired (unexpected)'));
      props('after-immediate', req);
    });
  },
  async '/iterate'(req, res) {
    let n = 0;
    for await (const chunk of req) n += chunk.length;
    console.log('iterated bytes', n);
    res.end('ok');
  },
  '/read'(req, res) {
    req.on('readable', () => {
      let c;
      while ((c = req.read()) !== null) console.log('read chunk', c.length);
    });
    req.on('end', () => { console.log('read end'); res.end('ok'); });
  },
  '/unread-body'(req, res) {
    res.end('ignored ' + req.headers['content-length']);
  },
};

const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url);
  scenarios[req.url](req, res);
});

async function raw(port, text) {
  const got = await exchange(port, text, true);
  console.log('responses', got.split('HTTP/1.1 200 OK').length - 1);
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of Object.keys(scenarios)) {
    if (path === '/unread-body') continue;
    await raw(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await raw(port, 'POST /unread-body HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello' +
    'GET /props-before HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  server.close(() => console.log('closed'));
});
