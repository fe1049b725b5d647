'use strict';
// write() after end(): returns false, the callback and an 'error' event get
// ERR_STREAM_WRITE_AFTER_END ('write after end'), and 'close' has hadError true.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer((sock) => sock.resume());
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => {
    client.end('last');
    const check = (err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
      assert.strictEqual(err.message, 'write after end');
      assert.strictEqual(err.name, 'Error');
    };
    assert.strictEqual(client.write('more', mustCall(check)), false);
    client.on('error', mustCall(check));
  }));
  client.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    server.close();
  }));
}));
