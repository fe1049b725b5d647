'use strict';
// Buffers inside inspect: showHidden, empty buffers, extra string-keyed props (nested
// objects obey depth, long strings are not cut), breakLength, depth 0 in arrays, a
// Buffer subclass, INSPECT_MAX_BYTES = 0/1/Infinity/2.5, maxArrayLength (ignored for
// Buffers, used for Uint8Array and ArrayBuffer), colors, ArrayBuffer/SharedArrayBuffer/
// DataView, floats, typed arrays with extra keys, toJSON, and the legacy .inspect().
const util = require('util');
const buffer = require('buffer');
const P = (v, o) => console.log(util.inspect(v, o));
P(Buffer.alloc(3), { showHidden: true });
P(Buffer.alloc(0), { showHidden: true });
const b = Buffer.from('abc');
b.x = 1;
P(b); P(b, { showHidden: true });
const n = Buffer.from('x');
n.obj = { a: { b: { c: {} } } };
n.long = 'y'.repeat(100);
P(n); P({ n }, { depth: 0 }); P({ n }, { depth: 1 });
P(Buffer.alloc(60), { breakLength: 40 });
P({ deep: { deeper: { deepest: { buf: Buffer.from('x') } } } });
P([Buffer.from('ab')], { depth: 0 });
class Sub extends Buffer {}
P(Object.setPrototypeOf(Buffer.from('ab'), Sub.prototype));
buffer.INSPECT_MAX_BYTES = 0; P(Buffer.from('ab'));
buffer.INSPECT_MAX_BYTES = 1; P(Buffer.from('ab')); P(Buffer.from('a'));
buffer.INSPECT_MAX_BYTES = Infinity; P(Buffer.alloc(55, 1));
buffer.INSPECT_MAX_BYTES = 2.5; P(Buffer.from('abcd'));
buffer.INSPECT_MAX_BYTES = 50;
P(new ArrayBuffer(3)); P(new ArrayBuffer(60)); P(new SharedArrayBuffer(2)); P(new DataView(new ArrayBuffer(2), 1));
P(Buffer.from('ab'), { maxArrayLength: 1 });
P(new Uint8Array(3), { maxArrayLength: 1 });
P(new ArrayBuffer(5), { maxArrayLength: 2 });
P(Buffer.alloc(4), { colors: true });
P(new Float32Array([0.1, -0, NaN, Infinity]));
P(Object.assign(new Uint16Array(2), { extra: true }));
P(Buffer.from('ab').toJSON());
console.log(typeof Buffer.prototype[util.inspect.custom], Buffer.prototype[util.inspect.custom] === Buffer.prototype.inspect);
console.log(Buffer.from('hi').inspect(2, { stylize: (s) => `<${s}>` }), Buffer.from('hi').inspect());
