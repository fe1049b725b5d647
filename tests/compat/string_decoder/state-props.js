'use strict';
// lastNeed / lastTotal / lastChar after partial writes.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(d.lastNeed, d.lastTotal, d.lastChar.length);
d.write(Buffer.from([0xf0, 0x9f]));
console.log(d.lastNeed, d.lastTotal, d.lastChar.subarray(0, 2).toString('hex'));
d.write(Buffer.from([0x98]));
console.log(d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write(Buffer.from([0x80]))), d.lastNeed, d.lastTotal);
const u = new StringDecoder('utf16le');
u.write(Buffer.from([0x41]));
console.log(u.lastNeed, u.lastTotal);
