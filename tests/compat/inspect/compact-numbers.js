'use strict';
const { inspect } = require('util');
const o = { a: { b: { c: { d: 1 } } }, e: 2 };
for (const compact of [0, 1, 2, 3, 4]) console.log(inspect(o, { compact, depth: 5 }));
console.log(inspect(Array.from({ length: 20 }, (_, i) => i), { compact: 1 }));
