'use strict';
// utf16le: odd bytes and surrogate pairs split across writes.
const { StringDecoder } = require('string_decoder');
const text = 'a\u20ac\u{1f600}b\ud800';
const buf = Buffer.from(text, 'utf16le');
for (let i = 0; i <= buf.length; i++) {
  const d = new StringDecoder('utf16le');
  const a = d.write(buf.subarray(0, i));
  const b = d.write(buf.subarray(i));
  const c = d.end();
  console.log(i, [a, b, c].map((s) => [...s].map((x) => x.charCodeAt(0).toString(16)).join('.')).join(' | '));
}
const d = new StringDecoder('ucs2');
console.log(d.encoding, JSON.stringify(d.write(Buffer.from([0x61]))), JSON.stringify(d.end()));
const e = new StringDecoder('utf-16le');
console.log(JSON.stringify(e.write(Buffer.from([0x3d, 0xd8]))), e.end().length);
