'use strict';
const { inspect } = require('util');
console.log(inspect({ a: { b: { c: { d: { e: 1 } } } } }));
console.log(inspect([[[[[1]]]]]));
console.log(inspect({ a: [{ b: { c: {} } }] }));
console.log(inspect({ a: { b: { c: new Map([[1, 2]]) } } }));
console.log(inspect({ a: { b: { c: [] } } }));
console.log(inspect({ a: { b: { c: {} } } }));
