'use strict';
// http.request against a raw server sending unusual but valid responses: several
// 1xx before the final one ('continue' for 100 plus 'information' for each, with
// headers); an HTTP/1.1 body delimited by close (no Content-Length); a 200 that
// arrives before the request body is finished (the request is completed afterwards).
const http = require('http');
const net = require('net');

let onData;
const server = net.createServer((s) => {
  s.on('error', () => {});
  let buf = '';
  s.on('data', (d) => { buf += d; onData(s, buf); });
});

function run(port, opts, body, replier) {
  return new Promise((resolve) => {
    onData = replier;
    const req = http.request({ port, host: '127.0.0.1', agent: false, ...opts }, (res) => {
      console.log('  response', res.statusCode, res.statusMessage, JSON.stringify(res.headers));
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { b += d; });
      res.on('end', () => console.log('  end', JSON.stringify(b), res.complete));
      res.on('close', () => console.log('  res close'));
    });
    req.on('continue', () => console.log('  continue'));
    req.on('information', (i) => console.log('  information', i.statusCode, i.statusMessage, i.httpVersion, JSON.stringify(i.headers), JSON.stringify(i.rawHeaders)));
    req.on('error', (e) => console.log('  req error', e.code, e.message));
    req.on('finish', () => console.log('  req finish'));
    req.on('close', () => { console.log('  req close'); setImmediate(resolve); });
    body(req);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log('-- several 1xx');
  await run(port, {}, (req) => req.end(), (s, buf) => {
    if (!buf.endsWith('\r\n\r\n')) return;
    s.write('HTTP/1.1 100 Continue\r\n\r\n');
    s.write('HTTP/1.1 102 Processing\r\nX-Step: 1\r\n\r\n');
    s.write('HTTP/1.1 103 Early Hints\r\nLink: </a>; rel=preload\r\nLink: </b>; rel=preload\r\n\r\n');
    s.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
  });
  console.log('-- body delimited by close');
  await run(port, {}, (req) => req.end(), (s, buf) => {
    if (!buf.endsWith('\r\n\r\n')) return;
    s.write('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\npart1 ');
    setImmediate(() => s.end('part2'));
  });
  console.log('-- early response');
  await run(port, { method: 'POST', headers: { 'Content-Length': 8 } }, (req) => {
    req.write('half');
    req.on('response', () => setImmediate(() => { console.log('  finishing body'); req.end('done'); }));
  }, (s, buf) => {
    if (buf.endsWith('half')) s.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nearly');
    if (buf.endsWith('halfdone')) { console.log('  server got full body'); s.end(); }
  });
  server.close();
});
