'use strict';
const { inspect } = require('util');
console.log(inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1))));
console.log(inspect(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']));
console.log(inspect(['a', 'b', 'c', 'd', 'e', 'f', 'a very long string that is long', 'g']));
console.log(inspect([1, 'two', 3, 'four', 5, 'six', 7, 'eight', 9]));
console.log(inspect(Array.from({ length: 10 }, (_, i) => ({ i }))));
