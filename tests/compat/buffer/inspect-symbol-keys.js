'use strict';
// Buffer inspection lists symbol-keyed own properties after the bytes (and, with
// showHidden, non-enumerable string and symbol keys), also on empty Buffers.
const util = require('util');
const b = Buffer.from('abc');
b[Symbol('s')] = 2;
Object.defineProperty(b, 'hid', { value: 3, enumerable: false });
Object.defineProperty(b, Symbol('hs'), { value: 4, enumerable: false });
console.log(b);
console.log(util.inspect(b, { showHidden: true }));
const e = Buffer.alloc(0);
e[Symbol('only')] = { nested: [1] };
console.log(e);
const m = Buffer.from('x');
m.str = 1;
m[Symbol.for('reg')] = 'v';
console.log([m]);
