'use strict';
// res.strictContentLength edge cases: corked writes, write() callbacks (not called
// for a write that throws), empty writes, encodings, Buffers, 204 and HEAD (no
// body: no check), an explicit Transfer-Encoding or a removed Content-Length (no
// check), and the count going on after a caught throw.
const http = require('http');

const log = (...a) => console.log('  ', ...a);
const cases = [
  ['corked, second write over', (res) => {
    res.strictContentLength = true;
    res.writeHead(200, { 'Content-Length': 3 });
    res.cork();
    res.write('ab', () => log('cb ab'));
    res.write('cd', () => log('cb cd'));
  }],
  ['corked, exact, uncork then end', (res) => {
    res.strictContentLength = true;
    res.setHeader('Content-Length', '4');
    res.cork();
    res.write('ab', () => log('cb ab'));
    res.write('cd', () => log('cb cd'));
    res.uncork();
    res.end(() => log('end cb'));
  }],
  ['empty writes, length 0', (res) => {
    res.strictContentLength = true;
    res.writeHead(200, { 'Content-Length': 0 });
    res.write('', () => log('cb empty'));
    res.write(Buffer.alloc(0));
    res.end('');
  }],
  ['empty end with length 2', (res) => { res.strictContentLength = true; res.writeHead(200, { 'Content-Length': 2 }); res.end(''); }],
  ['hex encoding counts bytes', (res) => { res.strictContentLength = true; res.writeHead(200, { 'Content-Length': 2 }); res.write('6162', 'hex'); res.end(); }],
  ['buffer end over', (res) => { res.strictContentLength = true; res.setHeader('Content-Length', 1); res.end(Buffer.from('xy')); }],
  ['end(chunk, cb) mismatch', (res) => { res.strictContentLength = true; res.setHeader('Content-Length', 1); res.end('xy', () => log('end cb')); }],
  ['204 with length', (res) => { res.strictContentLength = true; res.writeHead(204, { 'Content-Length': 3 }); res.end(); }],
  ['explicit transfer-encoding', (res) => {
    res.strictContentLength = true;
    res.setHeader('Content-Length', 2);
    res.setHeader('Transfer-Encoding', 'chunked');
    res.end('abcd');
  }],
  ['removed content-length', (res) => {
    res.strictContentLength = true;
    res.setHeader('Content-Length', 2);
    res.removeHeader('Content-Length');
    res.end('abcd');
  }],
  ['caught write throw, then exact end', (res) => {
    res.strictContentLength = true;
    res.writeHead(200, { 'Content-Length': 3 });
    res.write('ab');
    try { res.write('cd', () => log('cb cd')); } catch (e) { log('caught', e.code, e.message); }
    res.end('c');
  }],
  ['strict set after first write', (res) => {
    res.writeHead(200, { 'Content-Length': 3 });
    res.write('ab');
    res.strictContentLength = true;
    res.end('c');
  }],
];

const server = http.createServer((req, res) => {
  const [name, fn] = cases[Number(req.url.slice(1))];
  console.log('--', name, req.method);
  let step = 'case';
  res.on('finish', () => log('finish'));
  try {
    fn(res);
    step = 'end';
    if (!res.writableEnded) res.end();
    log('no throw', res.writableEnded);
  } catch (e) {
    log('throw in', step, e.name, e.code, e.message, res.headersSent);
    res.socket.destroy();
  }
});

const { exchangeNoDate } = require('./fixtures/raw-cases');
// The raw response to `data` (sent with end()), Date header left out.
const exchange = (port, data) => exchangeNoDate(port, data, true);

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (let i = 0; i < cases.length; i++) {
    const out = await exchange(port, `GET /${i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    log('response', JSON.stringify(out));
  }
  for (const i of [3, 5]) {
    const out = await exchange(port, `HEAD /${i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    log('response', JSON.stringify(out));
  }
  server.close();
});
