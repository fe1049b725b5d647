'use strict';
// toString('hex', start, end) for all ranges, and decoding every prefix of a hex string.
const b = Buffer.from([0x00, 0x0f, 0xf0, 0xff, 0x5a]);
const out = [];
for (let s = 0; s <= b.length; s++) for (let e = 0; e <= b.length; e++) out.push(`${s}${e}:${b.toString('hex', s, e)}`);
console.log(out.join(' '));
const h = '000ff0ff5a';
for (let i = 0; i <= h.length; i++) console.log(i, Buffer.from(h.slice(0, i), 'hex').toString('hex'), Buffer.from(h.slice(i), 'hex').toString('hex'));
