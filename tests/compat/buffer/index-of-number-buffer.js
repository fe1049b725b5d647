'use strict';
// indexOf/lastIndexOf with numbers (low byte) and Buffers/Uint8Arrays.
const b = Buffer.from([1, 2, 3, 1, 2, 3, 255, 0]);
for (const v of [1, 3, 255, -1, 257, 0, 1.9, 99]) {
  console.log(v, b.indexOf(v), b.lastIndexOf(v), b.indexOf(v, 2), b.lastIndexOf(v, 2), b.indexOf(v, -3), b.includes(v, 7));
}
for (const v of [Buffer.from([2, 3]), new Uint8Array([3, 1]), Buffer.alloc(0), Buffer.from([3, 255, 0, 1])]) {
  console.log(v.length, b.indexOf(v), b.lastIndexOf(v), b.indexOf(v, 3), b.lastIndexOf(v, 3), b.indexOf(v, -2), b.lastIndexOf(v, 100));
}
for (const v of [{}, null, true, [1]]) {
  try { b.indexOf(v); } catch (e) { console.log(e.code, e.name, e.message); }
}
try { b.indexOf('a', 0, 'bogus'); } catch (e) { console.log(e.code, e.name, e.message); }
console.log(b.indexOf(Buffer.from([1]), 0, 'bogus'), Buffer.alloc(0).indexOf(1), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf(''));
