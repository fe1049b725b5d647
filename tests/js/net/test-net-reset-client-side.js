'use strict';
// The client calls resetAndDestroy(): it closes without error on its side, and the
// server's socket gets 'error' ECONNRESET (syscall 'read', negative errno) then 'close'(true).
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  sock.on('data', mustCall(() => sock.write('ack')));
  sock.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.message, 'read ECONNRESET');
    assert.strictEqual(typeof err.errno, 'number');
    assert.ok(err.errno < 0);
  }));
  sock.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    server.close();
  }));
}));
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => client.write('x')));
  client.on('data', mustCall(() => {
    assert.strictEqual(client.resetAndDestroy(), client);
    assert.strictEqual(client.destroyed, true);
  }));
  client.on('close', mustCall((hadError) => assert.strictEqual(hadError, false)));
}));
