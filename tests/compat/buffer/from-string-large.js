'use strict';
// Strings long enough to skip the pool (>= 4 KiB) in every encoding.
const s = 'Zm9vYmFy'.repeat(1000) + '\u00e9';
for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  const b = Buffer.from(s, enc);
  console.log(enc, b.length, Buffer.byteLength(s, enc), b.toString('hex', 0, 12), b.toString('hex', b.length - 4));
}
const wide = '\u4e2d'.repeat(3000);
console.log(Buffer.from(wide).length, Buffer.from(wide, 'latin1').length, Buffer.from(wide).toString() === wide);
