'use strict';
const { inspect } = require('util');
console.log(inspect('line one is here\n'.repeat(6)));
console.log(inspect({ text: 'abcdefghij\n'.repeat(8) }));
console.log(inspect(['x'.repeat(90)]));
console.log(inspect('short\nlines'));
console.log(inspect('y'.repeat(200)));
