'use strict';
const { isDeepStrictEqual } = require('util');
const a = { x: 1 }; a.self = a; const b = { x: 1 }; b.self = b;
const s = Symbol('s');
const pairs = [
  [1, 1], [1, '1'], [0, -0], [NaN, NaN], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 1, b: undefined }],
  [[1, 2], [1, 2]], [[1, , 3], [1, undefined, 3]], [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])],
  [new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }])], [new Set([1]), new Set(['1'])], [new Date(1), new Date(1)],
  [new Date(1), new Date(2)], [/a/g, /a/g], [/a/g, /a/i], [a, b], [{ [s]: 1 }, { [s]: 1 }], [{ [s]: 1 }, {}],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])], [Object.create(null), {}],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [new Number(1), new Number(1)],
  [new String('a'), 'a'], [[1, 2], { 0: 1, 1: 2, length: 2 }], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [null, undefined], [new ArrayBuffer(2), new ArrayBuffer(2)], [new Float64Array([0]), new Float64Array([-0])],
  [[0], [-0]], [new Set([NaN]), new Set([NaN])], [{ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }],
  [new (class A {})(), new (class A {})()], [[1, 2, 3], [1, 2, 3, 4]], [new Map([[1, 2]]), new Map([[1, 3]])],
];
for (const [x, y] of pairs) console.log(isDeepStrictEqual(x, y));
