'use strict';
// base64 and base64url output for lengths 0..12: padding only in base64.
const src = Buffer.from([0xfb, 0xff, 0xbf, 0x00, 0x10, 0x83, 0x10, 0x51, 0x87, 0x20, 0x92, 0x8b]);
for (let n = 0; n <= src.length; n++) {
  const b = src.subarray(0, n);
  console.log(n, JSON.stringify(b.toString('base64')), JSON.stringify(b.toString('base64url')));
}
console.log(Buffer.from('hello world').toString('base64', 2, 7), Buffer.from('any carnal pleas').toString('base64'));
