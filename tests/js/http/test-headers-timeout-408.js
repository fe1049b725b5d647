'use strict';
// A client that stops in the middle of its headers gets 408 and a close once
// headersTimeout passes; meanwhile the server serves another client.
const http = require('http');
const net = require('net');
const assert = require('assert');

let served = 0;
const server = http.createServer({ headersTimeout: 200, requestTimeout: 1000, connectionsCheckingInterval: 50 }, (req, res) => {
  served++;
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const slow = net.connect(port, '127.0.0.1');
  let out = '';
  slow.setEncoding('latin1');
  slow.on('data', (d) => { out += d; });
  slow.on('close', () => {
    assert.strictEqual(out, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    assert.strictEqual(served, 1);
    server.close();
  });
  slow.write('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ');
  http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
    assert.strictEqual(res.statusCode, 200);
    res.resume();
  });
});
