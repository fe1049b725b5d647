'use strict';
const { inspect } = require('util');
function args() { return arguments; }
console.log(inspect(args(1, 'a')));
console.log(inspect(args()));
