'use strict';
const { inspect } = require('util');
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
console.log(inspect(new Tagged()));
const t = new Tagged(); t.x = 1;
console.log(inspect(t));
console.log(inspect({ [Symbol.toStringTag]: 'own' }));
const nt = Object.create(null, { [Symbol.toStringTag]: { value: 'NullTag' } });
console.log(inspect(nt));
console.log(inspect(Math));
console.log(inspect(JSON));
