'use strict';
// base64 write() into short destinations decodes as many bytes as fit.
const enc = Buffer.from('abcdefghij').toString('base64');
for (let size = 0; size <= 11; size++) {
  const b = Buffer.alloc(size, 0x2e);
  console.log(size, b.write(enc, 'base64'), b.toString('latin1'));
}
const b = Buffer.alloc(10, 0x2e);
console.log(b.write('QUJD RA==', 2, 3, 'base64'), b.toString('latin1'));
console.log(b.write('', 'base64'), b.write('Q', 'base64'));
