'use strict';
// showHidden also lists accessors and data on user-defined prototypes, and the
// entries of weak collections (keys held alive here so both engines still have them).
const util = require('util');
class Foo { m() {} get g() { return 1; } }
class Bar extends Foo { n() {} set s(v) {} }
console.log(util.inspect(new Bar(), { showHidden: true }));
console.log(util.inspect(Object.create({ a: 1, b() {} }), { showHidden: true }));
console.log(util.inspect(new Map([[1, 2]]), { showHidden: true }));
console.log(util.inspect(Object.create(Array.prototype), { showHidden: true }));
class WithData {}
WithData.prototype.shared = [1, 2];
console.log(util.inspect(new WithData(), { showHidden: true }));
console.log(util.inspect({ inner: new Bar() }, { showHidden: true, colors: true }));
console.log(util.inspect(Object.create(Object.create({ deep: 1 })), { showHidden: true }));
const k1 = { a: 1 };
const k2 = [1];
const wm = new WeakMap([[k1, 'one'], [k2, 2]]);
const ws = new WeakSet([k1, k2]);
console.log(util.inspect(wm, { showHidden: true }));
console.log(util.inspect(ws, { showHidden: true }));
console.log(util.inspect(ws), util.inspect(wm));
