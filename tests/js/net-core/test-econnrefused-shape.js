'use strict';
// A refused connection: 'error' with Node's system error shape, then 'close'(true).
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

// Find a port that nobody listens on: listen, note the port, close.
const probe = net.createServer();
probe.listen(0, '127.0.0.1', mustCall(() => {
  const { port } = probe.address();
  probe.close(mustCall(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('connect', () => assert.fail('connected'));
    c.on('error', mustCall((err) => {
      assert.ok(err instanceof Error);
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -111);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
    }));
    c.on('close', mustCall((hadError) => assert.strictEqual(hadError, true)));
  }));
}));
