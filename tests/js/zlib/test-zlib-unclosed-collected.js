'use strict';
// zlib streams nobody closes are garbage like any other object: the stream, its
// handle and the write-state array that both hold (zlib.js as `_writeState`, the
// handle's native half for its writes) are all collected. The last stream is left
// open at exit: the sanitizer build tears the runtime down fully, and LeakSanitizer
// reported the heap of such a run as leaked until the native half showed its
// references to the cycle collector (BaseObject::markValues). Runs under Node too.
const { spawnSync } = require('child_process');

if (typeof gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename], { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

const test = require('node:test');
const assert = require('node:assert');
const zlib = require('zlib');

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test('unclosed zlib and Brotli streams and their write state are collected', async () => {
  const freed = new Set();
  const registry = new FinalizationRegistry((name) => freed.add(name));
  const makers = [zlib.createDeflate, zlib.createGzip, zlib.createDeflateRaw, zlib.createBrotliCompress];
  const N = 32;
  (function make() {
    for (let i = 0; i < N; i++) {
      const s = makers[i % makers.length]();
      registry.register(s, `stream ${i}`);
      registry.register(s._writeState, `writeState ${i}`);
      if (i % 2 === 0) s.write('some data');  // a write done, the stream left open
    }
  })();
  await tick();  // the writes finish
  for (let round = 0; round < 10 && freed.size < 2 * N; round++) {
    gc();
    await tick();
  }
  const missing = [];
  for (let i = 0; i < N; i++) {
    for (const name of [`stream ${i}`, `writeState ${i}`]) if (!freed.has(name)) missing.push(name);
  }
  assert.deepStrictEqual(missing, []);
});

// Open at exit, with its write state and a finished write.
const open = zlib.createGzip();
open.write('left open');
