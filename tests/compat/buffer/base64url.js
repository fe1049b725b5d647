'use strict';
// base64url: '-' and '_' alphabet, no padding on output, padding accepted on input.
const b = Buffer.from([0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff, 0x3e, 0x3f]);
console.log(b.toString('base64'), b.toString('base64url'), b.toString('base64url', 1, 3));
for (const s of ['-_', '-_8', '-_-_', '-_-_-w==', 'PT8', 'PT8=', 'P+8/', 'P-8_']) {
  console.log(s, Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64url'));
}
const w = Buffer.alloc(4);
console.log(w.write('_-_-', 'base64url'), w.toString('hex'), Buffer.isEncoding('BASE64URL'), Buffer.from('abc').toString('BASE64URL'));
