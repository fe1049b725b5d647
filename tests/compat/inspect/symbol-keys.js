'use strict';
const { inspect } = require('util');
const s = Symbol('key');
console.log(inspect({ [s]: 1, normal: 2 }));
console.log(inspect({ [Symbol()]: 'anon', [Symbol.iterator]: 'it', [Symbol.for('reg')]: 'r' }));
const hidden = {};
Object.defineProperty(hidden, Symbol('hidden'), { value: 1, enumerable: false });
console.log(inspect(hidden));
console.log(inspect(hidden, { showHidden: true }));
