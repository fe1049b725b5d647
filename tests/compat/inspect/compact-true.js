'use strict';
const { inspect } = require('util');
console.log(inspect({ a: 1, b: { c: [1, 2] } }, { compact: true }));
console.log(inspect({ a: 'x'.repeat(50), b: 'y'.repeat(50) }, { compact: true }));
console.log(inspect(Array.from({ length: 30 }, (_, i) => i), { compact: true }));
console.log(inspect({ long: { inner: 'z'.repeat(80) } }, { compact: true }));
