'use strict';
// A request whose body never completes gets 408 after requestTimeout.
const http = require('http');
const net = require('net');
const assert = require('assert');

const server = http.createServer({ headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 50 }, (req, res) => {
  req.resume();
  req.on('end', () => res.end('never'));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('close', () => {
    assert.strictEqual(out, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    server.close();
  });
  c.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc');
});
