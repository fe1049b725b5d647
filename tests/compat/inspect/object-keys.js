'use strict';
const { inspect } = require('util');
console.log(inspect({ a: 1, 'a-b': 2, 1: 3, _x: 4, $y: 5, 'with space': 6, 'ünï': 7, '': 8 }));
console.log(inspect({ __proto__x: 1, ['__proto__']: 2 }));
console.log(inspect({ 'quote\'s': 1 }));
console.log(inspect({ A1: 1, a_b: 2, '1a': 3 }));
