'use strict';
const { inspect } = require('util');
class A {}
class B extends A {}
class C extends B { static s = 1; }
const Anon = class {};
console.log(inspect(A));
console.log(inspect(B));
console.log(inspect(C));
console.log(inspect(Anon));
console.log(inspect(class extends Array {}));
console.log(inspect([A, B]));
class WithComment /* { */ {}
console.log(inspect(WithComment));
