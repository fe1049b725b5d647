'use strict';
const { inspect } = require('util');
class MyArray extends Array {}
console.log(inspect(MyArray.from([1, 2])));
console.log(inspect(new MyArray()));
class MySet extends Set {}
console.log(inspect(new MySet([1])));
class MyU8 extends Uint8Array {}
console.log(inspect(new MyU8(2)));
class MyPromise extends Promise {}
console.log(inspect(MyPromise.resolve(1)));
