'use strict';
const { inspect } = require('util');
console.log(inspect(new WeakMap()));
console.log(inspect(new WeakSet([{}])));
console.log(inspect({ wm: new WeakMap(), ws: new WeakSet() }));
console.log(inspect(new WeakRef({})).startsWith('WeakRef'));
