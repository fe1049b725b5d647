'use strict';
// destroy() while the connect is in flight: no 'connect', no 'error', one 'close'(false),
// and the socket reports itself closed immediately.
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

const server = net.createServer();
server.listen(0, '127.0.0.1', mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', mustNotCall('connect'));
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.readyState, 'opening');
  client.on('error', mustNotCall('error'));
  client.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(client.connecting, false);
    server.close();
  }));
  client.destroy();
  assert.strictEqual(client.destroyed, true);
  assert.strictEqual(client.readyState, 'closed');
}));
