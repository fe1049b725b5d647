'use strict';
const { inspect } = require('util');
console.log(inspect({ a: [1, 2, 3], b: { c: 'd', e: ['f', 'g'] }, h: 'i'.repeat(40) }));
console.log(inspect([{ name: 'first entry', value: 1 }, { name: 'second entry', value: 2 }, { name: 'third', value: 3 }]));
console.log(inspect({ level1: { level2: { level3: { level4: 'deep' } } }, sibling: 1 }, { depth: 4 }));
console.log(inspect({ a: { b: {} }, c: { d: { e: {} } } }));
console.log(inspect([[1, 2, [3, 4, [5, 6]]], 'x']));
console.log(inspect({ key1: 'value one', key2: 'value two', key3: 'value three', key4: 'v4' }));
