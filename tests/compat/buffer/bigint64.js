'use strict';
// 64-bit BigInt reads and writes in both byte orders, and their range errors.
const b = Buffer.alloc(16);
const values = [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0x0102030405060708n, 2n ** 64n - 1n];
for (const v of values) {
  if (v >= 0n) {
    b.writeBigUInt64LE(v, 0); b.writeBigUInt64BE(v, 8);
    console.log('U', v, b.toString('hex'), b.readBigUInt64LE(0), b.readBigUInt64BE(8), b.readBigInt64LE(0));
  }
  if (v >= -(2n ** 63n) && v < 2n ** 63n) {
    console.log('I', v, b.writeBigInt64LE(v, 0), b.writeBigInt64BE(v, 8), b.toString('hex'), b.readBigInt64LE(0), b.readBigInt64BE(8),
      b.readBigUint64LE(0));
  }
}
for (const [fn, v, o] of [['writeBigUInt64LE', -1n, 0], ['writeBigUInt64BE', 2n ** 64n, 0], ['writeBigInt64LE', 2n ** 63n, 0],
  ['writeBigInt64BE', -(2n ** 63n) - 1n, 0], ['writeBigInt64LE', 1n, 9], ['writeBigUInt64LE', 1n, -1], ['readBigInt64BE', 0, 9]]) {
  try { b[fn](v, o); console.log(fn, 'ok'); } catch (e) { console.log(fn, e.code, e.name, e.message); }
}
try { b.readBigUInt64LE(12); } catch (e) { console.log(e.code, e.message); }
