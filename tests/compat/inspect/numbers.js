'use strict';
const { inspect } = require('util');
for (const n of [0, -0, 1, -1, 1.5, 1e21, 1e-7, NaN, Infinity, -Infinity, 2 ** 53, 0.1 + 0.2]) console.log(inspect(n));
console.log(inspect([0, -0, -1]));
console.log(inspect({ z: -0 }));
