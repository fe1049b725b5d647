'use strict';
const { types } = require('util');
const samples = {
  map: new Map(), set: new Set(), weakMap: new WeakMap(), weakSet: new WeakSet(),
  mapIter: new Map().entries(), setIter: new Set().values(), promise: Promise.resolve(),
  date: new Date(), regexp: /x/, error: new TypeError(), fakeError: { name: 'Error', message: '' },
  asyncFn: async () => {}, genFn: function* () {}, asyncGen: async function* () {}, genObj: (function* () {})(),
  u8: new Uint8Array(1), f64: new Float64Array(1), big64: new BigInt64Array(1), dataView: new DataView(new ArrayBuffer(1)),
  arrayBuffer: new ArrayBuffer(1), shared: new SharedArrayBuffer(1), num: new Number(1), str: new String(''),
  bool: new Boolean(false), sym: Object(Symbol()), bigint: Object(1n), args: (function () { return arguments; })(),
  proxy: new Proxy({}, {}), plain: {}, array: [], fn() {},
  fakeDate: Object.create(Date.prototype), fakeMap: { [Symbol.toStringTag]: 'Map' },
};
const checks = Object.keys(types).filter((k) => k.startsWith('is')).sort();
for (const check of checks) {
  const hits = Object.keys(samples).filter((k) => types[check](samples[k]));
  console.log(check, hits.join(','));
}
console.log(require('util/types') === types, require('node:util/types').isDate(new Date()));
