'use strict';
// close() on a server that is not listening passes ERR_SERVER_NOT_RUNNING to the
// callback (asynchronously) and emits no 'close'... the error, not a throw.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer();
let sync = true;
server.close(mustCall((err) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
  assert.strictEqual(err.name, 'Error');
}));
sync = false;
