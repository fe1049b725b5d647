'use strict';
const { inspect } = require('util');
console.log(inspect('abcdefgh', { maxStringLength: 3 }));
console.log(inspect('abcd', { maxStringLength: 3 }));
console.log(inspect('ab', { maxStringLength: 3 }));
console.log(inspect(['long string'], { maxStringLength: 4 }));
console.log(inspect('x'.repeat(10005)).length);
console.log(inspect('abc', { maxStringLength: null }));
