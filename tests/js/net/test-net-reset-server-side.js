'use strict';
// The server resets an accepted socket after reading from it: the client gets
// 'error' ECONNRESET (syscall 'read') and 'close' with hadError true.
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  sock.on('data', mustCall(() => sock.resetAndDestroy()));
  sock.on('close', mustCall((hadError) => assert.strictEqual(hadError, false)));
}));
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => client.write('x')));
  client.on('end', mustNotCall());
  client.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
  }));
  client.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    server.close();
  }));
}));
