'use strict';
const { inspect } = require('util');
console.log(inspect(10n), inspect(-5n), inspect(2n ** 70n));
console.log(inspect(Symbol('desc')), inspect(Symbol()), inspect(Symbol.iterator), inspect(Symbol.for('reg')));
console.log(inspect([1n, Symbol('in array')]));
