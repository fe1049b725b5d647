'use strict';
// res.strictContentLength: a body longer or shorter than Content-Length throws
// ERR_HTTP_CONTENT_LENGTH_MISMATCH (from write() or end(), as Node does); the exact
// messages; no check without a Content-Length header, for HEAD, or when the option
// is off (then the declared length is sent as is).
const http = require('http');

const cases = [
  ['strict, write longer', (res) => { res.strictContentLength = true; res.setHeader('Content-Length', 3); res.write('abcd'); }],
  ['strict, end longer', (res) => { res.strictContentLength = true; res.setHeader('Content-Length', 3); res.end('abcdef'); }],
  ['strict, end shorter', (res) => { res.strictContentLength = true; res.setHeader('Content-Length', 5); res.end('abc'); }],
  ['strict, two writes longer', (res) => { res.strictContentLength = true; res.writeHead(200, { 'Content-Length': '4' }); res.write('abc'); res.write('de'); }],
  ['strict, exact', (res) => { res.strictContentLength = true; res.setHeader('Content-Length', 3); res.write('a'); res.end('bc'); }],
  ['strict, utf8 bytes', (res) => { res.strictContentLength = true; res.setHeader('Content-Length', 2); res.end('\u00e9'); }],
  ['strict, no content-length', (res) => { res.strictContentLength = true; res.end('whatever'); }],
  ['not strict, end shorter', (res) => { res.setHeader('Content-Length', 5); res.end('abc'); }],
];

const server = http.createServer((req, res) => {
  const [name, fn] = cases[Number(req.url.slice(1))];
  console.log('--', name, req.method);
  let step = 'case';
  try {
    fn(res);
    step = 'end';
    if (!res.writableEnded) res.end();
    console.log('  no throw', res.strictContentLength);
  } catch (e) {
    console.log('  throw in', step, e.name, e.code, e.message, res.headersSent);
    res.socket.destroy();
  }
});

const { exchangeNoDate } = require('./fixtures/raw-cases');
// The raw response to `data` (sent with end()), Date header left out.
const exchange = (port, data) => exchangeNoDate(port, data, true);

server.listen(0, '127.0.0.1', async () => {
  console.log('default', new http.ServerResponse(new http.IncomingMessage(null)).strictContentLength);
  for (let i = 0; i < cases.length; i++) {
    const out = await exchange(server.address().port, `GET /${i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    console.log('  response', JSON.stringify(out));
  }
  const out = await exchange(server.address().port, 'HEAD /0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  console.log('  response', JSON.stringify(out));
  server.close();
});
