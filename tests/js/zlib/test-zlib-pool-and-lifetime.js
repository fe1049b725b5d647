'use strict';
// node:zlib work runs off the JS thread and keeps what it uses alive: the event
// loop turns while a large inflate runs, streams dropped or destroyed mid-write
// finish cleanly, and every format round-trips large random-ish data.
const { test } = require('node:test');
const assert = require('assert');
const zlib = require('zlib');

function sample(size) {
  const b = Buffer.alloc(size);
  let x = 12345;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = (x >>> 24) % 16 + 97;  // compressible, not trivially
  }
  return b;
}

test('async convenience functions round-trip every format', async () => {
  const input = sample(300000);
  const pairs = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'],
    ['gzip', 'unzip'], ['brotliCompress', 'brotliDecompress']];
  for (const [c, d] of pairs) {
    const packed = await new Promise((resolve, reject) => zlib[c](input, (e, r) => (e ? reject(e) : resolve(r))));
    const back = await new Promise((resolve, reject) => zlib[d](packed, (e, r) => (e ? reject(e) : resolve(r))));
    assert.ok(back.equals(input), `${c}/${d}`);
    assert.ok(zlib[d + 'Sync'](packed).equals(input), `${d}Sync`);
  }
});

test('the loop runs while a stream inflates on the pool', async () => {
  const packed = zlib.deflateSync(sample(4 << 20));
  let immediates = 0;
  let stop = false;
  (function spin() { if (!stop) { immediates++; setImmediate(spin); } })();
  const out = await new Promise((resolve, reject) => zlib.inflate(packed, (e, r) => (e ? reject(e) : resolve(r))));
  stop = true;
  assert.strictEqual(out.length, 4 << 20);
  assert.ok(immediates > 1, 'immediates ran during the inflate');
});

test('destroying streams with writes in flight', async () => {
  const input = sample(1 << 20);
  const closed = [];
  for (let i = 0; i < 10; i++) {
    const s = i % 2 ? zlib.createGzip() : zlib.createBrotliCompress();
    closed.push(new Promise((resolve) => s.on('close', resolve)));
    s.write(Buffer.from(input));
    s.destroy();
  }
  await Promise.all(closed);
});
