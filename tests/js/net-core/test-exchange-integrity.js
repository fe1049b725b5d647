'use strict';
// 8 MiB of patterned bytes client -> server and back through an echo server
// arrive complete and in order (reads, try_write fast path and queued writes).
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const SIZE = 8 * 1024 * 1024;
const data = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) data[i] = (i * 7 + (i >> 11)) & 0xff;

const server = net.createServer(mustCall((sock) => sock.pipe(sock)));
server.listen(0, '127.0.0.1', mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const chunks = [];
  client.on('data', (d) => chunks.push(d));
  client.on('end', mustCall(() => {
    const got = Buffer.concat(chunks);
    assert.strictEqual(got.length, SIZE);
    assert.ok(got.equals(data));
    assert.strictEqual(client.bytesRead, SIZE);
    server.close();
  }));
  // Mixed sizes exercise both the direct and the queued write paths.
  let off = 0;
  const sizes = [1, 100, 65536, 3, 1 << 20, 7777];
  let k = 0;
  function pump() {
    while (off < SIZE) {
      const n = Math.min(sizes[k++ % sizes.length], SIZE - off);
      const ok = client.write(data.subarray(off, off + n));
      off += n;
      if (!ok) return client.once('drain', pump);
    }
    client.end();
  }
  pump();
}));
