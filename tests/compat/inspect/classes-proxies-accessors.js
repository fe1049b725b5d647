'use strict';
// inspect of class instances (subclass, private fields hidden, showHidden), classes with
// statics, Object.create(Class.prototype), toStringTag getters, inherited properties,
// legacy constructors and util.inherits (super_, validation errors), anonymous classes,
// a non-function "constructor" property, objects whose prototype has a null prototype,
// proxies of Maps/instances/revoked proxies, accessor-only properties, functions of all
// kinds with props and a null prototype, and Array/Set/Map subclasses.
const util = require('util');
const { inspect } = util;
const P = (v, o) => console.log(inspect(v, o));
class Foo { constructor() { this.a = 1; } get g() { return 2; } static s = 1; }
class Bar extends Foo { #priv = 1; constructor() { super(); this.b = [1]; } }
P(new Bar()); P(Bar); P(Foo); P(new Bar(), { showHidden: true }); P(Object.create(Bar.prototype));
class Tagged { get [Symbol.toStringTag]() { return 'TT'; } }
P(new Tagged()); P(Object.assign(new Tagged(), { x: 1 }));
const o = Object.create({ inherited: 1 });
o.own = 2;
P(o);
function Legacy() { this.l = 1; }
Legacy.prototype.m = function () {};
P(new Legacy());
function Child() { Legacy.call(this); }
util.inherits(Child, Legacy);
P(new Child());
console.log(Child.super_ === Legacy, Object.getPrototypeOf(Child.prototype) === Legacy.prototype, Object.keys(Child).join());
for (const [a, b] of [[null, Legacy], [Child, null], [Child, {}], [Child, function () {}]]) {
  try { util.inherits(a, b); console.log('inherits ok'); } catch (e) { console.log(e.code, e.message); }
}
P(new (class {})());
const noCtor = {};
Object.defineProperty(noCtor, 'constructor', { value: 5 });
P(noCtor);
const weird = Object.create(Object.create(null));
weird.x = 1;
P(weird);
P(new Proxy(new Map([[1, 2]]), {})); P(new Proxy(new Bar(), {})); P(new Proxy(new Bar(), {}), { showProxy: true });
P(new Proxy({ x: 1 }, { get(t, k) { return k === 'x' ? 'trapped' : Reflect.get(t, k); } }));
const revoc = Proxy.revocable({}, {});
revoc.revoke();
P(revoc.proxy); P(revoc.proxy, { showProxy: true });
P({ a: new Proxy([1, 2], {}) }, { showProxy: true, depth: 0 });
P({ get x() { return 1; } }); P({ set x(v) {} }); P({ get x() { return 1; }, set x(v) {} });
P(Object.defineProperty({}, 'acc', { get() { return [1, { a: 2 }]; }, enumerable: true }), { getters: true, depth: 0 });
P({ f: function () {}, g: () => {}, h: async function* agen() {}, k: class {}, l: class extends Foo {}, m: Math.max, n: function named() {} });
const fnWithProps = function withProps() {};
fnWithProps.x = 1;
P(fnWithProps); P(Object.setPrototypeOf(function nop() {}, null));
P([function () {}], { compact: false });
P(new Map([[new Bar(), new Set([new Foo()])]]), { depth: 2, compact: 1 });
P(new (class extends Array {})(1, 2)); P(new (class MyArr extends Array {})()); P(new (class MySet extends Set {})([1]));
P(new (class MyMap extends Map {})());
