'use strict';
// ECONNREFUSED on ::1 has Node's shape with an IPv6 address (skipped without IPv6).
const assert = require('assert');
const net = require('net');
const { mustCall, hasIPv6 } = require('./common');

hasIPv6((ok) => {
  if (!ok) { console.log('SKIP: no IPv6 loopback'); return; }
  const probe = net.createServer().listen(0, '::1', mustCall(() => {
    const port = probe.address().port;
    probe.close(mustCall(() => {
      const c = net.connect(port, '::1');
      c.on('error', mustCall((err) => {
        assert.strictEqual(err.message, `connect ECONNREFUSED ::1:${port}`);
        assert.strictEqual(err.code, 'ECONNREFUSED');
        assert.strictEqual(err.address, '::1');
        assert.strictEqual(err.port, port);
        assert.strictEqual(err.syscall, 'connect');
      }));
    }));
  }));
});
