'use strict';
const util = require('util');
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain \u001b[1;4mbold\u001b[0m'));
console.log(util.stripVTControlCharacters(util.inspect({ a: 1, b: 's' }, { colors: true })));
console.log(util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
