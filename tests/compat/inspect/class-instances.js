'use strict';
const { inspect } = require('util');
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { constructor() { super(); this.b = [1]; } }
class Empty {}
console.log(inspect(new Foo()));
console.log(inspect(new Bar()));
console.log(inspect(new Empty()));
console.log(inspect([new Empty(), new Foo()]));
function Legacy() { this.x = 1; }
console.log(inspect(new Legacy()));
const anon = new (class {})();
console.log(inspect(anon));
console.log(inspect({ a: { b: { c: new Foo() } } }));
