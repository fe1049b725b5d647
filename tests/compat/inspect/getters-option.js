'use strict';
const { inspect } = require('util');
const o = {
  get obj() { return { x: 1 }; },
  get str() { return 'str'; },
  get nul() { return null; },
  get thrower() { throw new Error('nope'); },
  get both() { return 5; },
  set both(v) {},
};
console.log(inspect(o, { getters: true }));
console.log(inspect(o, { getters: 'get' }));
console.log(inspect(o, { getters: 'set' }));
