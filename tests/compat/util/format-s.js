'use strict';
const { format } = require('util');
console.log(format('%s', 'str'), format('%s', 42), format('%s', -0), format('%s', 5n));
console.log(format('%s', null), format('%s', undefined), format('%s', Symbol('s')), format('%s', true));
console.log(format('%s', { a: { b: { c: 1 } } }));
console.log(format('%s', [1, [2, [3]]]));
console.log(format('%s', { toString() { return 'custom toString'; } }));
class WithToString { toString() { return 'class toString'; } }
console.log(format('%s', new WithToString()));
class Plain { constructor() { this.p = 1; } }
console.log(format('%s', new Plain()));
console.log(format('%s', new Date(0)));
console.log(format('%s', function foo() { return 1; }));
const e = new Error('err msg'); e.stack = 'Error: err msg';
console.log(format('%s', e));
console.log(format('%s', Object.create(null)));
console.log(format('%s', new Map([[1, { deep: 1 }]])));
