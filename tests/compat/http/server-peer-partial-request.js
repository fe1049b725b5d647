'use strict';
// A peer that sends only part of a request and then half-closes, closes, or resets.
// Checks the 'clientError' code/message (HPE_INVALID_EOF_STATE for a truncated head,
// ECONNRESET for a reset), whether the handler ran, what the request saw ('aborted',
// 'error', 'close'), and the default reply when no 'clientError' listener exists.
const http = require('http');
const net = require('net');

const cases = [
  { name: 'half head, half-close', data: 'GET / HTTP/1.1\r\nHo', how: 'end' },
  { name: 'request line only, half-close', data: 'GET / HTTP/1.1\r\n', how: 'end' },
  { name: 'nothing, half-close', data: '', how: 'end' },
  { name: 'half body (CL), half-close', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc', how: 'end' },
  { name: 'half chunked body, half-close', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n', how: 'end' },
  { name: 'half head, reset', data: 'GET / HTTP/1.1\r\nHo', how: 'reset' },
];

const server = http.createServer((req, res) => {
  console.log('  handler', req.method, req.url);
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('aborted', () => console.log('  req aborted', req.complete));
  req.on('error', (e) => console.log('  req error', e.code, e.message));
  req.on('end', () => console.log('  req end', JSON.stringify(body)));
  req.on('close', () => console.log('  req close'));
  res.on('close', () => console.log('  res close', res.headersSent, res.writableEnded));
});
function onClientError(err, socket) {
  console.log('  clientError', err.code, JSON.stringify(err.message), socket.writable);
  socket.destroy();
}

function run(port, c) {
  return new Promise((resolve) => {
    let pending = 2;
    const done = () => { if (--pending === 0) resolve(); };
    server.once('connection', (s) => s.on('close', () => { console.log('  server socket close'); setImmediate(done); }));
    const sock = net.connect(port, '127.0.0.1');
    let out = '';
    sock.setEncoding('latin1');
    sock.on('data', (d) => { out += d; });
    sock.on('error', (e) => { out += `<error ${e.code}>`; });
    sock.on('close', () => { console.log('  response', JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, ''))); setImmediate(done); });
    sock.on('connect', () => {
      if (c.how === 'end') sock.end(c.data);
      else sock.write(c.data, () => setTimeout(() => sock.resetAndDestroy(), 20));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const l of [false, true]) {
    if (l) server.on('clientError', onClientError);
    for (const c of cases) {
      console.log(`-- ${c.name} (clientError listener: ${l})`);
      await run(server.address().port, c);
    }
  }
  server.close();
});
