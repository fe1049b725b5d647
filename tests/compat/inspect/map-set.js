'use strict';
const { inspect } = require('util');
console.log(inspect(new Map()));
console.log(inspect(new Set()));
console.log(inspect(new Map([['a', 1], [{ k: 1 }, [1, 2]]])));
console.log(inspect(new Set([1, 'two', [3], { four: 4 }])));
console.log(inspect(new Map([[new Map([[1, 2]]), new Set([3])]])));
const m = new Map([[1, 2]]); m.extra = 'prop';
console.log(inspect(m));
console.log(inspect({ a: { b: { c: new Set([1]) } } }));
class MyMap extends Map {}
console.log(inspect(new MyMap([[1, 1]])));
