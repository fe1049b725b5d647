'use strict';
const { inspect } = require('util');
console.log(inspect(/ab+c/gi));
console.log(inspect(new RegExp('a/b', 'm')));
console.log(inspect([/x/, /y/u]));
const r = /z/; r.extra = 1;
console.log(inspect(r));
console.log(inspect({ r: /\d+/s }));
