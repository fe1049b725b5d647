'use strict';
// formatWithOptions({ numericSeparator: true }) also groups digits for %d, %i, %f and for
// numbers/bigints given to %s (Node formats them with formatNumber/formatBigInt), with
// and without colors.
const { formatWithOptions: f } = require('util');
const o = { numericSeparator: true };
console.log(f(o, '%d|%d|%i|%f|%s|%s|%d|%s', 12345n, -1234.5678, -98765.4, 0.000012345, 12345n, -1234567.891, 1000, [1234567]));
console.log(f(o, '%d %i %f %s', 1234567, 1234567.8, 1234567.8, 1234567));
console.log(f(o, 1234567, 12345n, { a: 1234.5 }, '%o', 1234567));
console.log(JSON.stringify(f({ numericSeparator: true, colors: true }, '%d %s %i', 123456, 7654321, 99999)));
