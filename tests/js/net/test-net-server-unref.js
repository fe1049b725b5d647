'use strict';
// An unref()'d listening server does not keep the process alive: the process exits
// with code 0 while the server is still listening and emits no 'close'.
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

const server = net.createServer();
server.on('close', mustNotCall('close'));
server.listen(0, mustCall(() => {
  assert.strictEqual(server.unref(), server);
  assert.strictEqual(server.listening, true);
}));
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(server.listening, true);
});
