'use strict';
// The 'timeout' connect option arms setTimeout: an idle socket emits 'timeout'.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer((sock) => sock.resume());
server.listen(0, mustCall(() => {
  const client = net.connect({ port: server.address().port, timeout: 30 });
  assert.strictEqual(client.timeout, 30);
  client.on('timeout', mustCall(() => {
    client.setTimeout(0);  // end() is activity that would re-arm the idle timer.
    client.end();
  }));
  client.on('close', mustCall(() => server.close()));
}));
