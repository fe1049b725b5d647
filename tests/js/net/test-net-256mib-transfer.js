'use strict';
// 256 MiB sent client -> server arrive complete and in order. The sender repeats a
// 1 000 003-byte pseudo-random pattern (a prime period, so chunk boundaries drift);
// the receiver compares every byte with the pattern and computes a checksum of the
// first megabytes and of the byte count.
const assert = require('assert');
const net = require('net');
const { mustCall, Checksum } = require('./common');

const TOTAL = 256 * 1024 * 1024;
const CHUNK = 64 * 1024;
const PERIOD = 1000003;
// The pattern is held twice so any window of up to PERIOD bytes is one slice.
const pattern = Buffer.alloc(PERIOD * 2);
let x = 0x12345678;
for (let i = 0; i < PERIOD; i++) {
  x = (Math.imul(x, 1103515245) + 12345) >>> 0;
  pattern[i] = pattern[i + PERIOD] = x >>> 24;
}
const expectedSum = new Checksum().update(pattern.subarray(0, PERIOD)).digest();

const server = net.createServer(mustCall((sock) => {
  let pos = 0;
  const sum = new Checksum();
  sock.on('data', (buf) => {
    for (let off = 0; off < buf.length;) {
      const at = pos % PERIOD;
      const n = Math.min(buf.length - off, PERIOD - at);
      if (!buf.subarray(off, off + n).equals(pattern.subarray(at, at + n))) {
        assert.fail(`data differs within bytes ${pos}..${pos + n}`);
      }
      if (pos < PERIOD) sum.update(buf.subarray(off, off + Math.min(n, PERIOD - pos)));
      off += n; pos += n;
    }
  });
  sock.on('end', mustCall(() => {
    assert.strictEqual(pos, TOTAL);
    assert.strictEqual(sock.bytesRead, TOTAL);
    assert.strictEqual(sum.digest(), expectedSum);
    sock.end();
  }));
}));

server.listen(0, '127.0.0.1', mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  function pump() {
    while (sent < TOTAL) {
      const at = sent % PERIOD;
      const n = Math.min(CHUNK, TOTAL - sent);
      const ok = client.write(pattern.subarray(at, at + n));
      sent += n;
      if (!ok) return client.once('drain', pump);
    }
    client.end();
  }
  client.on('connect', mustCall(pump));
  client.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(client.bytesWritten, TOTAL);
    server.close();
  }));
  client.resume();
}));
