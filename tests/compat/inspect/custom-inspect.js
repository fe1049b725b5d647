'use strict';
const util = require('util');
const { inspect } = util;
console.log(inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
const a = { [inspect.custom]() { return 'CUSTOM'; } };
console.log(inspect(a));
console.log(inspect({ nested: a }));
const b = { [inspect.custom]() { return { replaced: [1, 2] }; } };
console.log(inspect(b));
const c = { [inspect.custom]() { return 'multi\nline'; } };
console.log(inspect({ x: { y: c } }));
const d = { [inspect.custom]() { return this; }, v: 1 };
console.log(inspect(d));
console.log(inspect(a, { customInspect: false }));
class Money { constructor(v) { this.v = v; } [inspect.custom]() { return `Money<${this.v}>`; } }
console.log(inspect([new Money(1), new Money(2)]));
console.log(inspect(Money.prototype));
