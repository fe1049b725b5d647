'use strict';
// Client-side header limits on responses from a raw server: the default 16 KiB
// limit (req 'error' HPE_HEADER_OVERFLOW, no 'response'), a per-request
// maxHeaderSize both smaller and larger than the response head, an oversized
// trailer after the body was delivered, and many headers (res.headers count capped).
const http = require('http');
const net = require('net');

let reply;
const server = net.createServer((s) => {
  s.on('error', () => {});
  s.once('data', () => s.end(reply));
});

function run(port, name, r, opts) {
  return new Promise((resolve) => {
    console.log('--', name);
    reply = r;
    const req = http.get({ port, host: '127.0.0.1', agent: false, ...opts }, (res) => {
      console.log('  response', res.statusCode, Object.keys(res.headers).length, res.rawHeaders.length);
      res.on('data', (d) => console.log('  data', d.length));
      res.on('end', () => console.log('  end', Object.keys(res.trailers).length));
      res.on('error', (e) => console.log('  res error', e.code, e.message));
      res.on('close', () => console.log('  res close'));
    });
    req.on('error', (e) => console.log('  req error', e.code, JSON.stringify(e.message)));
    req.on('close', () => { console.log('  req close'); setImmediate(resolve); });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const big = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Big: ' + 'a'.repeat(20000) + '\r\n\r\nok';
  const mid = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Mid: ' + 'a'.repeat(500) + '\r\n\r\nok';
  await run(port, 'default limit, 20k header', big);
  await run(port, 'maxHeaderSize 30000, 20k header', big, { maxHeaderSize: 30000 });
  await run(port, 'maxHeaderSize 100, 500b header', mid, { maxHeaderSize: 100 });
  await run(port, 'oversized trailer', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\nX-T: ' + 'b'.repeat(20000) + '\r\n\r\n');
  let many = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n';
  for (let i = 0; i < 2500; i++) many += `H${i}: v\r\n`;
  await run(port, '2500 headers', many + '\r\nok');
  server.close();
});
