'use strict';
// readUIntLE/BE and readIntLE/BE for byteLength 1..6.
const b = Buffer.from([0xff, 0x80, 0x01, 0x7f, 0x00, 0xc0, 0x12, 0x34]);
for (let n = 1; n <= 6; n++) {
  for (let o = 0; o + n <= b.length; o += 2) {
    console.log(n, o, b.readUIntLE(o, n), b.readUIntBE(o, n), b.readIntLE(o, n), b.readIntBE(o, n),
      b.readUintLE(o, n), b.readUintBE(o, n));
  }
}
