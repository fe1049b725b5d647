'use strict';
const { inspect } = require('util');
const a = [1, 2]; a.x = 'y'; a[Symbol('s')] = 3;
console.log(inspect(a));
const b = []; b.key = 1;
console.log(inspect(b));
const c = [1, , 3]; c.extra = true;
console.log(inspect(c));
