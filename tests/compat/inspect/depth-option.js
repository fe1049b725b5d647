'use strict';
const { inspect } = require('util');
const o = { a: { b: { c: { d: { e: { f: 1 } } } } } };
console.log(inspect(o, { depth: 0 }));
console.log(inspect(o, { depth: 1 }));
console.log(inspect(o, { depth: null }));
console.log(inspect(o, { depth: Infinity }));
console.log(inspect(o, false, 3));
console.log(inspect([[1, [2]]], { depth: 0 }));
