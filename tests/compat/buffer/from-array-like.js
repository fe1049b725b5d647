'use strict';
// Buffer.from for arrays, typed arrays, array-likes and objects with valueOf/toPrimitive.
const show = (b) => `${b.length}:${b.toString('hex')}`;
console.log(show(Buffer.from([1, 2, 256, -1, 1.7, '3', 'x', null])));
console.log(show(Buffer.from(new Uint16Array([1, 256, 0xffff]))), show(Buffer.from(new Float64Array([1.5, 300]))));
console.log(show(Buffer.from({ length: 3, 0: 7, 1: 8 })), show(Buffer.from({ length: 'x' })), show(Buffer.from({ length: -1 })));
console.log(show(Buffer.from({ type: 'Buffer', data: [1, 2, 3] })), show(Buffer.from(new String('hey'))));
console.log(show(Buffer.from({ [Symbol.toPrimitive]: () => 'prim' })), show(Buffer.from({ valueOf: () => 'val' })));
const src = Buffer.from('copy');
const copy = Buffer.from(src);
copy[0] = 0x43;
console.log(src.toString(), copy.toString());
console.log(show(Buffer.from([])), show(Buffer.from(new Uint8Array(0))));
