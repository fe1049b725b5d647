'use strict';
// write() never writes part of a character: for every destination size, the number of
// bytes written and the bytes themselves match Node.
const str = 'a\u00e9\u20ac\u{1f600}b';
for (let size = 0; size <= 12; size++) {
  const b = Buffer.alloc(size, 0x2e);
  const n = b.write(str);
  console.log(size, n, b.toString('hex'));
}
// With an offset and explicit length.
for (let len = 0; len <= 6; len++) {
  const b = Buffer.alloc(8, 0x2e);
  console.log(len, b.write('\u20ac\u20ac', 1, len), b.toString('hex'));
}
