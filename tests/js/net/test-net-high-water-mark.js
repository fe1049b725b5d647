'use strict';
// The highWaterMark option: a server passes it to accepted sockets, a client socket
// takes it from its constructor options; both readable and writable sides use it.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer({ highWaterMark: 1024 }, mustCall((s) => {
  assert.strictEqual(s.readableHighWaterMark, 1024);
  assert.strictEqual(s.writableHighWaterMark, 1024);
  s.end();
}));
server.listen(0, mustCall(() => {
  const c = new net.Socket({ highWaterMark: 4096 });
  assert.strictEqual(c.readableHighWaterMark, 4096);
  assert.strictEqual(c.writableHighWaterMark, 4096);
  c.connect(server.address().port);
  c.resume();
  c.on('close', mustCall(() => server.close()));
}));
