'use strict';
// Connecting to a closed port fails with Node's ECONNREFUSED error shape, then 'close'(true).
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

// Find a port that is certainly closed: listen on port 0, note the port, close.
const probe = net.createServer().listen(0, '127.0.0.1', mustCall(() => {
  const port = probe.address().port;
  probe.close(mustCall(() => {
    const client = net.connect(port, '127.0.0.1', mustNotCall('connect'));
    client.on('error', mustCall((err) => {
      assert.ok(err instanceof Error);
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -111);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.deepStrictEqual(Object.keys(err).sort(),
                             ['address', 'code', 'errno', 'port', 'syscall']);
    }));
    client.on('close', mustCall((hadError) => assert.strictEqual(hadError, true)));
  }));
}));
