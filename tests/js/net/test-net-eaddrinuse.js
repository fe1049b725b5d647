'use strict';
// A second server listening on a port in use gets 'error' EADDRINUSE with Node's shape;
// the first server is unaffected.
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

const first = net.createServer();
first.listen(0, '127.0.0.1', mustCall(() => {
  const port = first.address().port;
  const second = net.createServer();
  second.listen(port, '127.0.0.1', mustNotCall('listening'));
  second.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(second.listening, false);
    assert.strictEqual(first.listening, true);
    first.close(mustCall());
  }));
}));
