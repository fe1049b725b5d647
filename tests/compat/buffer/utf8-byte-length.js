'use strict';
// Buffer.byteLength for strings in every encoding, and for non-strings.
const strs = ['', 'abc', '\u00e9', '\u20ac', '\u{1f600}', '\ud800', 'aGVsbG8=', 'aGVsbG8', 'a==', '=', 'abc==',
  'deadbeef', 'abc', '\u00ff\u0100'];
const encs = [undefined, 'utf8', 'utf-8', 'UTF8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64',
  'base64url', 'hex', 'bogus'];
for (const s of strs) console.log(JSON.stringify(s), encs.map((e) => Buffer.byteLength(s, e)).join(' '));
console.log(Buffer.byteLength(Buffer.alloc(7)), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(9)),
  Buffer.byteLength(new DataView(new ArrayBuffer(5))));
for (const bad of [1, null, undefined, {}, [1]]) {
  try { Buffer.byteLength(bad); } catch (e) { console.log(e.code, e.name, e.message); }
}
