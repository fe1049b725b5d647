'use strict';
const { inspect } = require('util');
console.log(Object.keys(inspect.colors).join());
console.log(JSON.stringify(inspect.styles));
console.log(inspect.colors.grey, inspect.colors.bgGrey, inspect.colors.faint);
inspect.styles.number = 'red';
console.log(JSON.stringify(inspect(7, { colors: true })));
inspect.styles.number = 'yellow';
