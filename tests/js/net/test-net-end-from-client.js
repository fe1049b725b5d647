'use strict';
// The client ends first: the server sees 'end', ends in turn (allowHalfOpen false),
// and both sockets close without error.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  sock.resume();
  sock.on('end', mustCall(() => assert.strictEqual(sock.readyState, 'writeOnly')));
  sock.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => {
    client.end();
    assert.strictEqual(client.readyState, 'readOnly');
  }));
  client.resume();
  client.on('end', mustCall());
  client.on('close', mustCall((hadError) => assert.strictEqual(hadError, false)));
}));
