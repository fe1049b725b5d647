'use strict';
const { inspect } = require('util');
function* g() { yield 1; }
console.log(inspect(g).startsWith('[GeneratorFunction: g]'));
console.log(inspect([1, 2][Symbol.iterator]()).includes('Array Iterator'));
