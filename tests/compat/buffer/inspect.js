'use strict';
// console.log of Buffers: hex bytes, the 50-byte cut-off and extra properties.
const buffer = require('buffer');
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(51, 1));
console.log(Buffer.alloc(52, 0xab));
console.log([Buffer.from('a'), { b: Buffer.from([1, 2]) }]);
const x = Buffer.from('xy');
x.tag = 'extra';
console.log(x);
console.log(require('util').inspect(Buffer.from('abc')), String(Buffer.from([0x41])));
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'), Buffer.from('abc'));
buffer.INSPECT_MAX_BYTES = 50;
class MyBuf extends Buffer {}
console.log(Buffer.from('q').inspect());
