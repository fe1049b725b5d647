'use strict';
const { inspect } = require('util');
console.log(inspect(undefined), inspect(null), inspect(true), inspect(false));
console.log(inspect([undefined, null, true]));
console.log(inspect({ u: undefined, n: null }));
