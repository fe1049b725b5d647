'use strict';
// Destroying a socket with a 16 MiB write still queued: the write callback runs once
// (Node passes null for a write cancelled by destroy), 'close' comes once without
// error, and nothing crashes or leaks (run this one under the sanitizer build too).
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

const server = net.createServer((sock) => {
  sock.pause();  // Nobody reads, so most of the 16 MiB stays queued in the client.
  sock.on('error', () => {});
});
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => {
    const buf = Buffer.alloc(16 * 1024 * 1024, 0x61);
    assert.strictEqual(client.write(buf, mustCall((err) => {
      assert.strictEqual(err, null);
    })), false);
    assert.ok(client.writableLength > 0);
    client.destroy();
  }));
  client.on('error', mustNotCall());
  client.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));
