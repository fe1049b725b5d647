'use strict';
// utf16le encoding of 8-bit and 16-bit strings, surrogates kept as-is.
for (const s of ['', 'abc', '\u00e9\u00ff', '\u20ac', '\u{1f600}', '\ud800', 'a\udc00b']) {
  const b = Buffer.from(s, 'utf16le');
  console.log(JSON.stringify(s), b.toString('hex'), Buffer.byteLength(s, 'ucs2'), b.toString('utf16le') === s);
}
// write() writes whole code units only.
for (let size = 0; size <= 7; size++) {
  const b = Buffer.alloc(size, 0x2e);
  console.log(size, b.write('\u20acab', 'ucs2'), b.toString('hex'));
}
const b = Buffer.alloc(6, 0x2e);
console.log(b.write('xyz', 1, 4, 'utf16le'), b.toString('hex'));
