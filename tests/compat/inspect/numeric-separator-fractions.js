'use strict';
// inspect numericSeparator on negative numbers between -1 and 0, small fractions and
// exponent forms (Node 20 keeps the sign of -0.x and has its own odd output for 1e-7).
const { inspect } = require('util');
for (const v of [-0.0001234, 0.0001234, -0.5, -1.5, -12345.678901, 0.1234567, -0.1234567, -1e-7, 1e-7, -123.4, -0.001,
  123456.000001, -1234.5]) {
  console.log(v, inspect(v, { numericSeparator: true }));
}
console.log(inspect([-0.25, { x: -0.000012 }], { numericSeparator: true }));
