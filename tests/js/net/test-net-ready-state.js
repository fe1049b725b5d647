'use strict';
// readyState transitions of a client: open (a new, unconnected Socket, as Node says)
// -> opening (connecting) -> open ->
// readOnly (after end()) -> closed; with pending/connecting flags along the way.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer((sock) => {
  sock.resume();
  sock.on('end', () => setTimeout(() => sock.end(), 10));
});
server.listen(0, mustCall(() => {
  const client = new net.Socket();
  assert.strictEqual(client.readyState, 'open');
  assert.strictEqual(client.pending, true);
  assert.strictEqual(client.connecting, false);
  client.connect(server.address().port);
  assert.strictEqual(client.readyState, 'opening');
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.pending, true);
  client.on('connect', mustCall(() => {
    assert.strictEqual(client.readyState, 'open');
    assert.strictEqual(client.connecting, false);
    assert.strictEqual(client.pending, false);
    client.end();
    assert.strictEqual(client.readyState, 'readOnly');
  }));
  client.resume();
  client.on('close', mustCall(() => {
    assert.strictEqual(client.readyState, 'closed');
    assert.strictEqual(client.destroyed, true);
    server.close();
  }));
}));
