'use strict';
// Unsigned reads of every width and byte order.
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xfe, 0xff, 0x80]);
for (let o = 0; o < b.length; o++) {
  const r = [b.readUInt8(o)];
  if (o <= b.length - 2) r.push(b.readUInt16LE(o), b.readUInt16BE(o));
  if (o <= b.length - 4) r.push(b.readUInt32LE(o), b.readUInt32BE(o));
  console.log(o, r.join(' '));
}
console.log(b.readUInt8(), b.readUInt16LE(), b.readUInt32BE(), b.readUint8(1), b.readUint16BE(1), b.readUint32LE(1));
