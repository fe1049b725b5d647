'use strict';
const { inspect } = require('util');
console.log(inspect(Array.from({ length: 7 }, (_, i) => i)));
console.log(inspect(Array.from({ length: 30 }, (_, i) => i * 100)));
console.log(inspect(Array.from({ length: 26 }, (_, i) => i ** 3)));
console.log(inspect(Array.from({ length: 40 }, (_, i) => (i % 2 ? -i : i * 1.5))));
console.log(inspect(Array.from({ length: 12 }, (_, i) => BigInt(i) * 1000n)));
console.log(inspect({ nested: Array.from({ length: 20 }, (_, i) => i) }));
