'use strict';
const { inspect } = require('util');
console.log(inspect({ a: 1, b: { c: [1, 2] } }, { compact: false }));
console.log(inspect([1, 2, 3], { compact: false }));
console.log(inspect(new Map([[1, { x: 1 }]]), { compact: false }));
console.log(inspect({}, { compact: false }));
