'use strict';
// Every util.types predicate against edge values: bound/async/generator methods, class
// constructors, proxies (function, array), Error subclasses and objects that
// only inherit from Error.prototype, Map/Promise/RegExp/Date subclasses, thenables,
// boxed NaN/symbol, string/array/map/set iterators, every typed array kind, Buffer,
// zero-length DataView, WeakRef/FinalizationRegistry, primitives and strict arguments;
// plus each predicate called with no argument.
const { types } = require('util');
const vals = {
  boundFn: function () {}.bind(null), asyncArrow: async () => {}, asyncMethod: ({ async m() {} }).m, genMethod: ({ *g() {} }).g,
  asyncGenObj: (async function* () {})(), classCtor: class {}, proxyFn: new Proxy(function () {}, {}), proxyArr: new Proxy([], {}),
  subErr: new (class E extends Error {})(), errLike: Object.create(Error.prototype), aggErr: new AggregateError([]),
  subMap: new (class M extends Map {})(), mapProtoObj: Object.create(Map.prototype), subPromise: new (class P extends Promise {})(() => {}),
  thenable: { then() {} }, wrapNumNaN: new Number(NaN), wrapSymbol: Object(Symbol.iterator), strIter: ''[Symbol.iterator](),
  arrIter: [][Symbol.iterator](), mapKeys: new Map().keys(), setEntries: new Set().entries(), u8c: new Uint8ClampedArray(1),
  i16: new Int16Array(1), u32: new Uint32Array(1), f32: new Float32Array(1), bu64: new BigUint64Array(1), buf: Buffer.alloc(1),
  dvZero: new DataView(new ArrayBuffer(0)), weakRef: new WeakRef({}), finReg: new FinalizationRegistry(() => {}),
  regexpSub: new (class R extends RegExp {})('x'), dateSub: new (class D extends Date {})(), nullProto: Object.create(null), nul: null,
  undef: undefined, num: 1, str: 's', sym: Symbol('s'), big: 1n, globalObj: globalThis,
  argsStrict: (function () { 'use strict'; return arguments; })(),
};
const checks = Object.keys(types).sort();
console.log(checks.join(','));
for (const check of checks) {
  const hits = Object.keys(vals).filter((k) => { return types[check](vals[k]); });
  console.log(check, hits.join(','));
}
for (const check of checks) {
  try { console.log(check, types[check]()); } catch (e) { console.log(check, e.name); }
}
