'use strict';
const { format } = require('util');
console.log(format('%o', { a: 1, f() {} }));
console.log(format('%o', [1, 2]));
console.log(format('%O', { a: { b: { c: { d: 1 } } } }));
console.log(format('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }));
console.log(format('%O', 'str'), format('%o', 'str'));
