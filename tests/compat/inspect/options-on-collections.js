'use strict';
// inspect options applied to collections: sorted (true and a comparator) on Maps, Sets
// and symbol keys; depth 0/1 on Map keys that are objects; maxArrayLength on typed
// arrays, Sets, Maps (0, -1); maxStringLength on Map keys/values and 0; getters true /
// 'get' / 'set' and a throwing getter; errors with a cause chain, depth 0, and an
// AggregateError; null-prototype objects (plain, nested, inherited); proxies with and
// without showProxy (including a trapping one); compact/breakLength combinations;
// showHidden on arrays with extra keys; numericSeparator on integers, bigints, typed arrays.
const { inspect } = require('util');
const P = (v, o) => console.log(inspect(v, o));
P(new Map([['b', 1], ['a', { z: 1, y: 2 }]]), { sorted: true });
P(new Set(['b', 'a', 'c']), { sorted: true });
P({ b: 1, a: 2, [Symbol('z')]: 3, [Symbol('a')]: 4 }, { sorted: true });
P({ b: 1, a: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) });
P(new Map([[{ k: 1 }, new Set([[1, 2]])]]), { depth: 0 });
P(new Map([[{ k: 1 }, new Set([[1, 2]])]]), { depth: 1 });
P(new Uint8Array(120), { maxArrayLength: 3 });
P(new Float64Array([1234567.891, -0, NaN]), { numericSeparator: true });
P(new BigInt64Array([123456789n, -1n]), { numericSeparator: true });
P([1234, 12345.6789, 1e21, 123456789012345680000, -98765], { numericSeparator: true });
P(new Set(Array.from({ length: 120 }, (_, i) => i)), { maxArrayLength: 2 });
P(new Map(Array.from({ length: 5 }, (_, i) => [i, i])), { maxArrayLength: 0 });
P(new Set([1, 2]), { maxArrayLength: -1 });
P(['a'.repeat(30), new Map([['k'.repeat(30), 'v'.repeat(30)]])], { maxStringLength: 5 });
P({ s: 'x'.repeat(10) }, { maxStringLength: 0 });
P({ get a() { return 1; }, set a(v) {}, get b() { return { c: 1 }; }, set c(v) {} }, { getters: true });
P({ get a() { return 1; }, set a(v) {}, get b() { return 2; } }, { getters: 'get' });
P({ get a() { return 1; }, set a(v) {}, get b() { return 2; } }, { getters: 'set' });
P({ get t() { throw new Error('boom'); } }, { getters: true });
const err = new Error('outer', { cause: new TypeError('inner', { cause: 'str cause' }) });
err.stack = 'Error: outer\n    at fake (file.js:1:1)';
err.cause.stack = 'TypeError: inner\n    at fake2 (file.js:2:2)';
P(err);
P({ e: err }, { depth: 0 });
const agg = new AggregateError([new Error('a1')], 'agg');
agg.stack = 'AggregateError: agg';
agg.errors[0].stack = 'Error: a1';
P(agg);
const np = Object.create(null);
np.a = 1;
P(np); P([np]); P(Object.create(np));
P(new Proxy({ a: 1 }, {}), { showProxy: true }); P(new Proxy([1, 2], {}), { showProxy: false }); P(new Proxy(function f() {}, {}), { showProxy: true });
P(new Proxy({ a: 1 }, { get() { return 5; }, ownKeys() { return ['zz']; } }));
P({ a: [{ b: { c: {} } }] }, { compact: 1, breakLength: 10 });
P({ a: 1, b: 'x'.repeat(70) }, { breakLength: Infinity });
P({ a: 1, b: 2 }, { compact: false, breakLength: 200 });
P([[1, 2, [3, 4, [5, [6]]]]], { compact: 2, depth: Infinity });
P(Object.assign([1, 2], { x: 1, [-1]: 2 }), { showHidden: true });
P(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }), { showHidden: true });
P(Object.defineProperty([1], 'h', { value: 2 }), { showHidden: true });
P(new Map([[NaN, -0]]), { numericSeparator: true });
P([Symbol('a'), 10n ** 20n, -0, 'x'], { numericSeparator: true });
