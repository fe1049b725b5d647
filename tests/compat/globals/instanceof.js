// instanceof: through the inherited Function.prototype[Symbol.hasInstance] (which
// QuickJS patch 9 runs without a call), a bound function, a constructor's own
// Symbol.hasInstance, a Proxy, and the errors.
class A {}
class B extends A {}
const b = new B();
console.log('class chain', b instanceof B, b instanceof A, b instanceof Object, new A() instanceof B);
console.log('primitives', 1 instanceof Number, 'x' instanceof String, null instanceof Object);
console.log('boxed', Object(1) instanceof Number, Object('x') instanceof String);
console.log('null prototype', Object.create(null) instanceof Object);
console.log('arrays and functions', [] instanceof Array, [] instanceof Object, (() => {}) instanceof Function);
console.log('Buffer', Buffer.alloc(1) instanceof Buffer, Buffer.alloc(1) instanceof Uint8Array, new Uint8Array(1) instanceof Buffer);

const BoundA = A.bind(null);
const BoundBoundA = BoundA.bind(null);
console.log('bound', b instanceof BoundA, b instanceof BoundBoundA, {} instanceof BoundA);

class Even { static [Symbol.hasInstance](x) { return x % 2 === 0; } }
console.log('own hasInstance', 2 instanceof Even, 3 instanceof Even);
function F() {}
Object.defineProperty(F, Symbol.hasInstance, { value: () => 'truthy' });
console.log('defined hasInstance', 0 instanceof F);

const proxied = new Proxy(A, {});
console.log('proxy', b instanceof proxied);

function G() {}
G.prototype = B.prototype;
console.log('shared prototype', b instanceof G, new A() instanceof G);
Object.setPrototypeOf(b, null);
console.log('after setPrototypeOf(null)', b instanceof A);

function check(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name);
  }
}
check('non-object right operand', () => ({}) instanceof 1);
check('non-callable object', () => ({}) instanceof {});
check('arrow function (no prototype)', () => ({}) instanceof (() => {}));
check('primitive left, arrow right', () => 1 instanceof (() => {}));
const Throwing = new Proxy(function () {}, {
  get(target, key) {
    if (key === 'prototype') throw new RangeError('no prototype today');
    return Reflect.get(target, key);
  },
});
check('prototype lookup throws', () => ({}) instanceof Throwing);
check('prototype lookup throws, primitive left', () => 1 instanceof Throwing);
console.log('done');
