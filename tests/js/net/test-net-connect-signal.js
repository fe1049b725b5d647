'use strict';
// A socket created with an aborted signal is destroyed with an AbortError.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer();
server.listen(0, mustCall(() => {
  const ac = new AbortController();
  const c = net.connect({ port: server.address().port, signal: ac.signal });
  c.on('error', mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
  }));
  c.on('close', mustCall(() => server.close()));
  ac.abort();
}));
