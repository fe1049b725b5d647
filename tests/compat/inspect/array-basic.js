'use strict';
const { inspect } = require('util');
console.log(inspect([]));
console.log(inspect([1, 2, 3]));
console.log(inspect([[1, 2], [3, [4, 5]]]));
console.log(inspect(['a', 1, null, undefined, {}]));
console.log(inspect([{ a: 1, b: 2 }, { c: [1, 2, 3] }]));
