'use strict';
// slice and subarray share memory; indices clamp like Node's.
const b = Buffer.from('0123456789');
const cases = [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [-100, 3], [3, 100], [NaN, 4], ['2', '4'], [1.7, 4.9],
  [undefined, 3], [0, -0], [Infinity], [-Infinity, 2]];
for (const args of cases) console.log(JSON.stringify(args), b.slice(...args).toString(), b.subarray(...args).toString());
const s = b.slice(2, 5);
s[0] = 0x41;
const t = b.subarray(-2);
t[1] = 0x5a;
console.log(b.toString(), s.byteOffset - b.byteOffset, Buffer.isBuffer(s), s.buffer === b.buffer);
console.log(Buffer.isBuffer(Uint8Array.prototype.slice.call(b, 1, 3)), Uint8Array.prototype.slice.call(b, 1, 3).toString());
