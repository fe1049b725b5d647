'use strict';
const { inspect } = require('util');
const obj = { arr: [new Map([[{ k: 1 }, new Set([[1, 2]])]])], fn: function named() {}, date: new Date(0) };
console.log(inspect(obj));
console.log(inspect(obj, { depth: 5 }));
console.log(inspect([[], {}, [[]], [{}], { a: [] }]));
