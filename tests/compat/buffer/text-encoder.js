'use strict';
// TextEncoder.encode and encodeInto (partial writes never split a character).
const { TextEncoder } = require('util');
const te = new TextEncoder();
console.log(te.encoding, TextEncoder === globalThis.TextEncoder);
for (const s of ['', 'abc', '\u00e9', '\u20ac', '\u{1f600}', '\ud800', 'a\udc00b', 123, undefined, null, { toString: () => 'obj' }]) {
  const u = te.encode(s);
  console.log(JSON.stringify(String(s)), u.constructor.name, Buffer.from(u).toString('hex'));
}
for (let size = 0; size <= 10; size++) {
  const dest = new Uint8Array(size);
  const r = te.encodeInto('a\u00e9\u20ac\u{1f600}', dest);
  console.log(size, r.read, r.written, Buffer.from(dest).toString('hex'));
}
const big = new Uint8Array(8);
console.log(JSON.stringify(te.encodeInto('\ud800x', big)), Buffer.from(big).toString('hex'));
try { te.encodeInto('a', [1]); } catch (e) { console.log(e.code, e.name, e.message); }
console.log(JSON.stringify(te.encodeInto('abc', new Uint8Array(new ArrayBuffer(10), 8, 2))));
