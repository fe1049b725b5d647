'use strict';
// Response splitting through the status line: a reason phrase with CR/LF throws
// ERR_INVALID_CHAR whether it comes from writeHead or res.statusMessage.
const http = require('http');
const net = require('net');

const tries = [
  (res) => res.writeHead(200, 'OK\r\nSet-Cookie: evil=1'),
  (res) => res.writeHead(200, 'OK\nX: 1', { 'X-B': '1' }),
  (res) => { res.statusMessage = 'OK\rX'; res.end('x'); },
  (res) => { res.statusMessage = 'OK\r\n\r\nHTTP/1.1 200 OK'; res.write('x'); },
  (res) => res.writeHead(200, 'Fine Reason'),
];
let n = 0;
const server = http.createServer((req, res) => {
  const i = n++;
  try { tries[i](res); console.log(i, 'no throw'); } catch (e) { console.log(i, e.name, e.code, e.message); }
  console.log(i, 'headersSent', res.headersSent);
  if (!res.headersSent) res.statusMessage = 'Recovered';
  res.end('body');
});

function one(port, cb) {
  const c = net.connect(port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('close', () => { console.log(JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, ''))); cb(); });
  c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const next = () => { if (n < tries.length) one(port, next); else server.close(); };
  next();
});
