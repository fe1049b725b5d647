'use strict';
const { inspect } = require('util');
for (const s of ['plain', "it's", 'say "hi"', `it's "both"`, 'all \'"`', 'all \'"${x}', '', ' ']) console.log(inspect(s));
console.log(inspect(['a', "b'c", 'd"e']));
console.log(inspect({ "k'ey": 1, 'k"ey': 2 }));
