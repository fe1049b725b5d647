'use strict';
// Buffer.concat copies (the result never aliases its inputs), zero-fills a longer
// totalLength, and small allocations come from a shared pool.
const { test } = require('node:test');
const assert = require('assert');

test('concat copies its inputs', () => {
  const a = Buffer.from('abc');
  const b = new Uint8Array([0x64, 0x65]);
  const c = Buffer.concat([a, b]);
  a[0] = 0x5a;
  b[0] = 0x5a;
  assert.strictEqual(c.toString(), 'abcde');
});

test('concat zero-fills past the inputs and truncates to totalLength', () => {
  const parts = [Buffer.from([1, 2]), Buffer.from([3])];
  assert.deepStrictEqual([...Buffer.concat(parts, 5)], [1, 2, 3, 0, 0]);
  assert.deepStrictEqual([...Buffer.concat(parts, 2)], [1, 2]);
});

test('concat names the first item that is not a Uint8Array', () => {
  assert.throws(() => Buffer.concat([Buffer.alloc(1), 'x']), { code: 'ERR_INVALID_ARG_TYPE', message: /"list\[1\]"/ });
  assert.throws(() => Buffer.concat([Buffer.alloc(1), new Uint16Array(1)], 3), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('small allocUnsafe buffers share the pool, large ones do not', () => {
  const x = Buffer.allocUnsafe(16);
  const y = Buffer.allocUnsafe(16);
  assert.strictEqual(x.buffer, y.buffer);
  assert.strictEqual(x.buffer.byteLength, Buffer.poolSize);
  assert.strictEqual(Buffer.allocUnsafe(Buffer.poolSize).buffer.byteLength, Buffer.poolSize);
  assert.notStrictEqual(Buffer.allocUnsafeSlow(16).buffer, x.buffer);
});
