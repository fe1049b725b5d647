'use strict';
// Every byte value encodes to two lowercase hex digits; hex write() into short buffers.
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
const h = all.toString('hex');
console.log(h.length, h.slice(0, 40), h.slice(-40), Buffer.from(h, 'hex').equals(all));
for (let size = 0; size <= 5; size++) {
  const b = Buffer.alloc(size, 0x2e);
  console.log(size, b.write('a1b2c3d4', 'hex'), b.toString('hex'));
}
const b = Buffer.alloc(4);
console.log(b.write('zz', 'hex'), b.write('1234zz56', 'hex'), b.toString('hex'), b.write('abc', 1, 'hex'), b.toString('hex'));
console.log(Buffer.from('abcdef', 'hex').toString('hex', 1, 2));
