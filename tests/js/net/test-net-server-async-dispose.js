'use strict';
// server[Symbol.asyncDispose]() closes a listening server and resolves once closed.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer();
server.on('close', mustCall());
server.listen(0, mustCall(async () => {
  assert.strictEqual(typeof server[Symbol.asyncDispose], 'function');
  await server[Symbol.asyncDispose]();
  assert.strictEqual(server.listening, false);
}));
