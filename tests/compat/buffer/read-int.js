'use strict';
// Signed reads sign-extend at every width.
const b = Buffer.from([0x7f, 0x80, 0xff, 0x00, 0x80, 0x00, 0x00, 0x80, 0xff, 0xff, 0xff, 0x7f]);
for (let o = 0; o < b.length; o++) {
  const r = [b.readInt8(o)];
  if (o <= b.length - 2) r.push(b.readInt16LE(o), b.readInt16BE(o));
  if (o <= b.length - 4) r.push(b.readInt32LE(o), b.readInt32BE(o));
  console.log(o, r.join(' '));
}
