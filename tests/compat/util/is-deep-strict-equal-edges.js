'use strict';
// util.isDeepStrictEqual and assert.deepEqual (loose) on edge values, both argument
// orders: NaN/-0 inside objects, Maps, Sets and Float arrays; sparse arrays vs holes
// filled with undefined; boxed primitives (NaN, extra props, symbols, bigint); symbol
// and non-enumerable keys; Maps/Sets with object keys (duplicates, mixed primitives);
// prototypes, arguments objects, dates/regexps with extra props or lastIndex; errors
// (message, name, extra props, non-enumerable name, stack); typed arrays vs Buffer,
// ArrayBuffer vs SharedArrayBuffer, DataViews, weak collections, promises, getters.
const util = require('util');
const assert = require('assert');
const eq = util.isDeepStrictEqual;
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
const s1 = Symbol('a');
const s2 = Symbol('a');
const o1 = { k: 1 };
const o2 = { k: 1 };
const args = (...a) => (function () { return arguments; })(...a);
const pairs = {
  nanObj: [{ a: NaN }, { a: NaN }], negZeroObj: [{ a: -0 }, { a: 0 }], negZeroMap: [new Map([[0, 1]]), new Map([[-0, 1]])],
  negZeroSet: [new Set([-0]), new Set([0])], sparseEq: [[1, , 3], [1, , 3]], sparseVsUndef: [[, 1], [undefined, 1]], sparseLen: [new Array(3), new Array(4)],
  boxedNum: [new Number(1), new Number(2)], boxedNumNaN: [new Number(NaN), new Number(NaN)], boxedStr: [new String('a'), new String('a')],
  boxedStrProp: [Object.assign(new String('a'), { x: 1 }), new String('a')], boxedBool: [new Boolean(true), new Boolean(false)],
  boxedSym: [Object(s1), Object(s1)], boxedSym2: [Object(s1), Object(s2)], boxedBig: [Object(1n), Object(1n)], boxedVsPrim: [new Number(1), 1],
  symKeysDiff: [{ [s1]: 1 }, { [s2]: 1 }], symNonEnum: [Object.defineProperty({}, s1, { value: 1 }), {}], nonEnum: [Object.defineProperty({}, 'x', { value: 1 }), {}],
  mapObjKey: [new Map([[o1, 'v']]), new Map([[o2, 'v']])], mapObjKeyDiff: [new Map([[o1, 'v']]), new Map([[o2, 'w']])],
  mapMixedKeys: [new Map([[o1, 1], [1, 2]]), new Map([[1, 2], [{ k: 1 }, 1]])], setObj: [new Set([o1, o2]), new Set([{ k: 1 }, { k: 1 }])],
  setObjDup: [new Set([o1, { k: 2 }]), new Set([{ k: 2 }, { k: 2 }])], setPrimVsObj: [new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])],
  map1v1: [new Map([[1, undefined]]), new Map([[2, undefined]])], protoDiff: [Object.create({ a: 1 }), {}], nullProtos: [Object.create(null), Object.create(null)],
  arrVsArgs: [[1], args(1)], argsArgs: [args(1), args(1)], dateProp: [Object.assign(new Date(0), { x: 1 }), new Date(0)],
  invalidDates: [new Date(NaN), new Date(NaN)], regexLastIndex: [Object.assign(/a/g, { lastIndex: 1 }), /a/g], regexProp: [Object.assign(/a/, { x: 1 }), /a/],
  errMsg: [new Error('a'), new Error('b')], errProp: [Object.assign(new Error('a'), { code: 1 }), new Error('a')],
  errName: [Object.assign(new Error('a'), { name: 'X' }), new Error('a')], errStack: [Object.assign(new Error('a'), { stack: 'x' }), Object.assign(new Error('a'), { stack: 'y' })],
  errNonEnumName: [(() => { const e = new Error('a'); Object.defineProperty(e, 'name', { value: 'X', enumerable: false }); return e; })(), new Error('a')],
  errProto: [new TypeError('a'), Object.setPrototypeOf(new Error('a'), TypeError.prototype)], errVsType: [new Error('a'), new TypeError('a')],
  fn: [function () {}, function () {}], sameFn: [eq, eq], u8vsBuf: [new Uint8Array([1]), Buffer.from([1])],
  f32NaN: [new Float32Array([NaN]), new Float32Array([NaN])], f64zero: [new Float64Array([-0]), new Float64Array([0])],
  taProp: [Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1)], abDiff: [new Uint8Array([1]).buffer, new Uint8Array([2]).buffer],
  sab: [new SharedArrayBuffer(1), new ArrayBuffer(1)], dv: [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  weakMaps: [new WeakMap(), new WeakMap()], promises: [Promise.resolve(), Promise.resolve()], arrExtra: [Object.assign([1], { x: 1 }), [1]],
  arrExtraUndef: [Object.assign([1], { x: undefined }), [1]], bigints: [1n, 1n], bigNum: [1n, 1], objUndefKey: [{ a: undefined }, { b: undefined }],
  getter: [{ get a() { return 1; } }, { a: 1 }], kbox: [new (class K {})(), {}], classSame: (() => { class K {} return [new K(), new K()]; })(),
  symVal: [s1, s1], symValDiff: [s1, s2], selfCycle: (() => { const a = { x: 1 }; a.a = a; const b = { x: 1 }; b.a = b; return [a, b]; })(),
  cycleVsFinite: (() => { const a = {}; a.x = a; return [a, { x: { x: 1 } }]; })(), setCycle: (() => { const a = new Set(); a.add(a); const b = new Set(); b.add(b); return [a, b]; })(),
  num1true: [1, true], str1num1: ['1', 1], nullUndef: [null, undefined], arrStr: [[1], ['1']], objStrNum: [{ a: 1 }, { a: '1' }],
  setLoose: [new Set([1]), new Set(['1'])], setMixed: [new Set([1, '1']), new Set(['1', 1])], mapLoose: [new Map([[1, 'a']]), new Map([['1', 'a']])],
  regexFlags: [/a/g, /a/i],
};
for (const [k, [x, y]] of Object.entries(pairs)) console.log(k, eq(x, y), eq(y, x), loose(x, y), loose(y, x));
console.log(eq.length, eq.name);
