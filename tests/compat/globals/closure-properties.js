'use strict';
// Closures share their first shape (QuickJS patch 16): every closure of an ordinary
// function still gets its own length, name and (for a constructor) prototype, and
// changing one closure's properties leaves the others alone.
function describe(label, f) {
  const d = Object.getOwnPropertyDescriptors(f);
  const out = {};
  for (const k of Reflect.ownKeys(d)) {
    const { value, writable, enumerable, configurable } = d[k];
    out[String(k)] = [typeof value === 'object' ? 'object' : value, writable, enumerable, configurable];
  }
  console.log(label, JSON.stringify(out));
}

function makeArrow(n) { return (a, b) => a + b + n; }
function makeFn(n) { return function inner(a) { return a + n; }; }
function makeAnon() { return [function () {}][0]; }
function makeMethod() { return { meth(x, y, z) { return x; } }.meth; }
function makeDefault() { return function withDefault(a, b = 1, c) {}; }
function makeRest() { return function withRest(a, ...rest) {}; }

for (let i = 0; i < 3; i++) {
  describe(`arrow ${i}`, makeArrow(i));
  describe(`fn ${i}`, makeFn(i));
  describe(`anon ${i}`, makeAnon());
  describe(`method ${i}`, makeMethod());
  describe(`default ${i}`, makeDefault());
  describe(`rest ${i}`, makeRest());
}

// Each closure's prototype is its own, made when first read.
const f1 = makeFn(1);
const f2 = makeFn(2);
console.log('own prototypes', f1.prototype !== f2.prototype, f1.prototype.constructor === f1);
const o = new f2();
console.log('constructs', Object.getPrototypeOf(o) === f2.prototype);
let threw = false;
try { new (makeArrow(0))(); } catch (e) { threw = e instanceof TypeError; }
console.log('arrow is no constructor', threw);
try { new (makeMethod())(); } catch (e) { console.log('method is no constructor', e instanceof TypeError); }

// Changing one closure's properties does not touch its siblings or later ones.
const g1 = makeFn(1);
const g2 = makeFn(2);
delete g1.name;
Object.defineProperty(g2, 'length', { value: 42 });
g2.extra = 'x';
g1.prototype = null;
describe('g1 changed', g1);
describe('g2 changed', g2);
describe('fresh after changes', makeFn(3));
describe('arrow after changes', makeArrow(3));

// Names given by assignment and by property keys.
const named = { key: function () {}, arrowKey: () => {}, [Symbol('sym')]: function () {} };
for (const k of Reflect.ownKeys(named)) console.log('name', String(k), JSON.stringify(named[k].name));
const assigned = function () {};
console.log('assigned name', assigned.name);
