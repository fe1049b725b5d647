'use strict';
// With allowHalfOpen false (the default) a socket ends its own side as soon as it
// receives 'end'; a later write fails with EPIPE 'This socket has been ended by the
// other party'.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  assert.strictEqual(sock.allowHalfOpen, false);
  sock.resume();
  sock.on('end', mustCall(() => {
    assert.strictEqual(sock.readyState, 'writeOnly');
    setImmediate(mustCall(() => {
      assert.strictEqual(sock.writableEnded, true);
      assert.strictEqual(sock.write('late', mustCall((err) => {
        assert.strictEqual(err.code, 'EPIPE');
        assert.strictEqual(err.message, 'This socket has been ended by the other party');
      })), false);
    }));
  }));
  sock.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => client.end()));
  client.resume();
  client.on('end', mustCall());
  client.on('close', mustCall());
}));
