'use strict';
// Buffer.alloc with every kind of fill value.
const show = (b) => b.toString('hex');
console.log(show(Buffer.alloc(5)), show(Buffer.alloc(5, 1)), show(Buffer.alloc(5, 257)), show(Buffer.alloc(5, -1)));
console.log(show(Buffer.alloc(5, 'ab')), show(Buffer.alloc(5, 'ab', 'ucs2')), show(Buffer.alloc(5, 'YWJj', 'base64')));
console.log(show(Buffer.alloc(5, 'a1b', 'hex')), show(Buffer.alloc(7, '\u20ac')), show(Buffer.alloc(4, '\u00e9', 'latin1')));
console.log(show(Buffer.alloc(5, Buffer.from([1, 2]))), show(Buffer.alloc(5, new Uint8Array([9]))), show(Buffer.alloc(3, '')));
console.log(show(Buffer.alloc(3, 1.9)), show(Buffer.alloc(3, true)), show(Buffer.alloc(0, 5)), show(Buffer.alloc(4, 'x', 'bogus-ignored-when-not-string')));
for (const args of [[5, 'zz', 'hex'], [5, Buffer.alloc(0)], [5, 'a', 'nope']]) {
  try { Buffer.alloc(...args); console.log('no throw'); } catch (e) { console.log(e.code, e.name, e.message); }
}
