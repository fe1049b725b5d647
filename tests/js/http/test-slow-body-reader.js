'use strict';
// A request body read slowly (the handler pauses and resumes it) holds the
// connection back without losing or reordering a byte, and the request pipelined
// behind it is parsed and answered afterwards. The server's parser reads the socket
// itself, so this is the path where it stops and restarts the socket's reads.
const http = require('http');
const net = require('net');
const assert = require('assert');

const SIZE = 4 << 20;
const body = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) body[i] = (i * 7 + (i >> 13)) & 0xff;

function checksum(buf, sum) {
  for (let i = 0; i < buf.length; i++) sum = (sum * 31 + buf[i]) >>> 0;
  return sum;
}
const expected = checksum(body, 0);

let pauses = 0;
const server = http.createServer((req, res) => {
  if (req.method === 'GET') {
    res.end(`get ${req.url}`);
    return;
  }
  let sum = 0;
  let got = 0;
  req.on('data', (d) => {
    sum = checksum(d, sum);
    got += d.length;
    if (pauses < 20) {
      pauses++;
      req.pause();
      setTimeout(() => req.resume(), 5);
    }
  });
  req.on('end', () => res.end(`post ${got} ${sum === expected}`));
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('end', () => {
    const bodies = out.match(/(post \d+ (true|false)|get \/[a-z]+)/g);
    assert.deepStrictEqual(bodies, [`post ${SIZE} true`, 'get /after']);
    assert.ok(pauses > 0);
    server.close();
  });
  c.write(`POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: ${SIZE}\r\n\r\n`);
  c.write(body);
  c.end('GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
