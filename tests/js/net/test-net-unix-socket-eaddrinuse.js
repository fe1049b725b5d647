'use strict';
// Listening twice on the same unix socket path fails with EADDRINUSE (syscall listen),
// and a connect to a path nobody listens on fails with ENOENT.
const assert = require('assert');
const net = require('net');
const { mustCall, pipePath } = require('./common');

const path = pipePath('inuse');
const a = net.createServer().listen(path, mustCall(() => {
  const b = net.createServer().listen(path);
  b.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, path);
    a.close(mustCall(() => {
      const c = net.connect(path);
      c.on('error', mustCall((err) => {
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(err.syscall, 'connect');
        assert.strictEqual(err.address, path);
        assert.strictEqual(err.message, `connect ENOENT ${path}`);
      }));
    }));
  }));
}));
