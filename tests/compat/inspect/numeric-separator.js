'use strict';
const { inspect } = require('util');
for (const n of [1234, 1234567.891, -1234567, 0.0001234, 123, 1e21, NaN, 12345.6789012]) {
  console.log(inspect(n, { numericSeparator: true }));
}
console.log(inspect(123456789n, { numericSeparator: true }));
console.log(inspect([1000000, 2000], { numericSeparator: true }));
