'use strict';
// A client sends a request, the server answers, both sides end and close cleanly.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', mustCall(() => {
    assert.strictEqual(got, 'ping');
    sock.end('pong');
  }));
  sock.on('close', mustCall((hadError) => assert.strictEqual(hadError, false)));
}));

server.listen(0, '127.0.0.1', mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', mustCall(() => {
    client.end('ping');
  }));
  let reply = '';
  client.on('data', (d) => { reply += d; });
  client.on('end', mustCall(() => assert.strictEqual(reply, 'pong')));
  client.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close(mustCall());
  }));
}));
