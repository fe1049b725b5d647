'use strict';
// A 1 MiB mixed-script string: sizes and content survive the round trip.
const unit = 'hello \u00e9\u00e8 \u20ac\u4e2d\u6587 \u{1f600}\u{1f680} ';
let s = '';
while (s.length < (1 << 20)) s += unit;
const b = Buffer.from(s);
console.log(s.length, b.length, Buffer.byteLength(s), b.toString() === s);
console.log(b.toString('utf8', 100000, 100040));
const w = Buffer.alloc(b.length + 10);
console.log(w.write(s), w.toString('utf8', 0, b.length) === s);
console.log(Buffer.from(b.toString('base64'), 'base64').equals(b), Buffer.from(b.toString('hex'), 'hex').equals(b));
