'use strict';
// Buffer.compare and buf.compare with ranges, and their errors.
const a = Buffer.from('abcd');
const b = Buffer.from('abce');
const c = Buffer.from('abc');
console.log(Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, a), Buffer.compare(a, c), Buffer.compare(c, a));
console.log([b, c, a].sort(Buffer.compare).map(String).join(','));
console.log(a.compare(b), a.compare(b, 0, 3), a.compare(b, 0, 3, 0, 3), a.compare(b, 3), a.compare(b, 1, 2, 1, 2));
console.log(a.compare(b, 2, 2), a.compare(b, 0, 4, 2, 2), a.compare(b, 4), a.compare(new Uint8Array([0x61])));
for (const args of [['abc'], [b, -1], [b, 0, 5], [b, 0, 4, -1], [b, 0, 4, 0, 5], [b, 1.5], [b, '1']]) {
  try { console.log(a.compare(...args)); } catch (e) { console.log(e.code, e.name, e.message); }
}
for (const args of [['a', a], [a, 'a'], [a, [1]]]) {
  try { Buffer.compare(...args); } catch (e) { console.log(e.code, e.name, e.message); }
}
