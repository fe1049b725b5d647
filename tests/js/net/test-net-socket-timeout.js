'use strict';
// setTimeout(ms, cb) on an idle connected socket emits 'timeout' (the socket stays
// open until the user destroys it); socket.timeout reflects the value; setTimeout(0)
// disables it.
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

const server = net.createServer((sock) => sock.resume());
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => {
    assert.strictEqual(client.setTimeout(50, mustCall(() => {
      assert.strictEqual(client.destroyed, false);
      client.destroy();
    })), client);
    assert.strictEqual(client.timeout, 50);
  }));
  client.on('timeout', mustCall());
  client.on('close', mustCall(() => server.close()));

  // A second socket whose timeout is disabled again never times out.
  const other = net.connect(server.address().port, mustCall(() => {
    other.setTimeout(10, mustNotCall('disabled timeout'));
    other.setTimeout(0);
    assert.strictEqual(other.timeout, 0);
    client.on('close', () => other.destroy());
  }));
}));
