'use strict';
// Filling large ranges with multi-byte patterns repeats them exactly.
const b = Buffer.alloc(100003);
b.fill('abc\u20ac');
console.log(b.toString('utf8', 0, 20), b.toString('hex', b.length - 7), b.indexOf('c\u20aca'));
b.fill(Buffer.from([1, 2, 3]), 10, 100000);
console.log(b.subarray(8, 16).toString('hex'), b.subarray(99995, 100003).toString('hex'));
b.fill('\u00e9', 'latin1');
console.log(b[0], b[100002]);
b.fill('0102', 5, 'hex');
console.log(b.subarray(0, 10).toString('hex'), b.subarray(-4).toString('hex'));
