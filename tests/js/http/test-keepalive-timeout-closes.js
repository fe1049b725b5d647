'use strict';
// An idle keep-alive connection is closed by the server after keepAliveTimeout.
const http = require('http');
const net = require('net');
const assert = require('assert');

const server = http.createServer((req, res) => res.end('ok'));
server.keepAliveTimeout = 100;
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('end', () => {
    assert.match(out, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(out, /Keep-Alive: timeout=0\r\n/);
    server.close();
  });
  c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
});
