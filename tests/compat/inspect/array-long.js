'use strict';
const { inspect } = require('util');
console.log(inspect(Array.from({ length: 101 }, (_, i) => i)));
console.log(inspect(Array.from({ length: 250 }, (_, i) => i % 7)));
console.log(inspect(Array(102).fill('s')));
