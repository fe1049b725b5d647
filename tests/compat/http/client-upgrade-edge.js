'use strict';
// Client side of 101/CONNECT from a raw server: the 'upgrade' event's response and
// the bytes after the head (head), no 'upgrade' listener (socket destroyed, no
// 'response'), a 101 to a request that did not ask to upgrade, a CONNECT answered
// 200 with tunnel bytes, and a CONNECT with no 'connect' listener.
const http = require('http');
const net = require('net');

let reply;
const server = net.createServer((s) => {
  s.on('error', () => {});
  let buf = '';
  s.on('data', (d) => {
    buf += d;
    if (buf.includes('\r\n\r\n') && reply) { const r = reply; reply = null; s.write(r); }
    else if (!reply) s.end();
  });
});

function run(port, name, opts, r, listen) {
  return new Promise((resolve) => {
    console.log('--', name);
    reply = r;
    const req = http.request({ port, host: '127.0.0.1', agent: false, ...opts });
    req.on('response', (res) => { console.log('  response', res.statusCode); res.resume(); });
    if (listen) {
      req.on(listen, (res, socket, head) => {
        console.log(' ', listen, res.statusCode, res.statusMessage, JSON.stringify(res.headers), JSON.stringify(head.toString()), res.upgrade, socket.destroyed);
        socket.on('close', () => { console.log('  tunnel socket close'); setImmediate(resolve); });
        socket.end();
      });
    }
    req.on('error', (e) => console.log('  req error', e.code, e.message));
    req.on('close', () => { console.log('  req close'); if (!listen) setImmediate(resolve); });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const up = { headers: { Connection: 'Upgrade', Upgrade: 'x-proto' } };
  const r101 = 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: x-proto\r\nConnection: Upgrade\r\n\r\nHELLO';
  await run(port, 'upgrade with head bytes', up, r101, 'upgrade');
  await run(port, 'upgrade, no listener', up, r101, null);
  await run(port, '101 without asking', {}, r101, 'upgrade');
  await run(port, 'CONNECT 200', { method: 'CONNECT', path: 'example.com:443' }, 'HTTP/1.1 200 Connection Established\r\n\r\ntunnel-bytes', 'connect');
  await run(port, 'CONNECT, no listener', { method: 'CONNECT', path: 'example.com:443' }, 'HTTP/1.1 200 OK\r\n\r\n', null);
  await run(port, 'CONNECT 407', { method: 'CONNECT', path: 'example.com:443' }, 'HTTP/1.1 407 Proxy Auth\r\nContent-Length: 0\r\n\r\n', 'connect');
  server.close();
});
