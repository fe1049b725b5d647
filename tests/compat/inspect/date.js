'use strict';
const { inspect } = require('util');
console.log(inspect(new Date(0)));
console.log(inspect(new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 678))));
console.log(inspect([new Date(86400000)]));
const d = new Date(0); d.prop = 1;
console.log(inspect(d));
class MyDate extends Date {}
console.log(inspect(new MyDate(0)));
