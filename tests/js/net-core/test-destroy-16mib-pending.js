'use strict';
// destroy() with 16 MiB still queued in the kernel-facing write request: the
// write callback runs once, 'close' once without error, no 'error'. Under the
// sanitizer build this is the use-after-free / leak regression test.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  sock.pause();  // nobody reads: most of the data stays queued on the client
  sock.on('error', () => {});
}));
server.listen(0, '127.0.0.1', mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', mustCall(() => {
    const ok = client.write(Buffer.alloc(16 * 1024 * 1024, 0x61), mustCall((err) => {
      assert.ok(err == null);
    }));
    assert.strictEqual(ok, false);
    assert.ok(client.writableLength > 0);
    client.destroy();
    assert.strictEqual(client.destroyed, true);
  }));
  client.on('error', () => assert.fail('no error expected'));
  client.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));
