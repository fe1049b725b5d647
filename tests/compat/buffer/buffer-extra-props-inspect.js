'use strict';
// Buffer inspection with extra own properties: empty buffers, INSPECT_MAX_BYTES
// truncation plus extras, nested Buffers as values, showHidden without extras,
// subclasses; also slice/subarray names and the float methods still reading right.
const util = require('util');
const e = Buffer.alloc(0);
console.log(e, [e], util.inspect(e, { showHidden: true }));
const big = Buffer.alloc(60); big.x = 1; big[Symbol('q')] = [1, 2];
console.log(big);
const nested = Buffer.from('ab'); nested[Symbol('s')] = Buffer.from('c');
console.log({ nested });
console.log(util.inspect(Buffer.from('ab'), { showHidden: true }));
console.log(Buffer.prototype.slice.name, Buffer.prototype.subarray.name, Buffer.prototype.slice.length);
console.log(Buffer.from('hello').slice(1, 3).toString(), Buffer.from('hello').slice(-2).toString(), Buffer.from('hello').slice('1', 2.5).toString());
console.log(Object.keys(require('buffer')).includes('internals'), require('buffer').internals);
const f = Buffer.alloc(8); f.writeFloatBE(1.5); f.writeDoubleLE(2.25, 0);
console.log(f.readDoubleLE(), f.readFloatBE(4), f.writeFloatLE(3.5, 4), f.readFloatLE(4), f.writeDoubleBE(-0.5), f.readDoubleBE(), f.toString('hex'));
console.log(require('buffer').resolveObjectURL('blob:nodedata:abc'));
