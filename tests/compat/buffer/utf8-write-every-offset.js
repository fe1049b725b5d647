'use strict';
// Writing a multi-byte string at every offset of a small buffer: bytes written and
// contents, so a character cut by the end of the buffer is never half-written.
const str = '\u00e9\u20ac\u{1f600}';
for (let off = 0; off <= 9; off++) {
  const b = Buffer.alloc(9, 0x2e);
  const n = b.write(str, off);
  console.log(off, n, b.toString('hex'));
}
for (const enc of ['utf8', 'ucs2', 'latin1', 'hex', 'base64']) {
  const b = Buffer.alloc(5, 0x2e);
  const counts = [];
  for (let off = 0; off <= 5; off++) counts.push(b.write('\u00e9abcd', off, enc));
  console.log(enc, counts.join(','), b.toString('hex'));
}
