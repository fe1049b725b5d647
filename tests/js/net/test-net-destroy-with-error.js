'use strict';
// destroy(err) emits 'error' with that error, then 'close' with hadError true;
// destroyed is set synchronously; a second destroy() is a no-op.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer((sock) => sock.resume());
server.listen(0, mustCall(() => {
  const c = net.connect(server.address().port, mustCall(() => {
    const boom = new Error('boom');
    const order = [];
    c.on('error', mustCall((err) => { order.push('error'); assert.strictEqual(err, boom); }));
    c.on('close', mustCall((hadError) => {
      order.push('close');
      assert.strictEqual(hadError, true);
      assert.deepStrictEqual(order, ['error', 'close']);
      server.close();
    }));
    c.destroy(boom);
    assert.strictEqual(c.destroyed, true);
    c.destroy(new Error('second'));
  }));
}));
