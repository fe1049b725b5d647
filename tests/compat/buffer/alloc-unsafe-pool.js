'use strict';
// Small unsafe allocations share the 8 KiB pool; large ones get their own memory.
const small = Buffer.allocUnsafe(10);
const large = Buffer.allocUnsafe(5000);
console.log(Buffer.poolSize, small.buffer.byteLength, large.buffer.byteLength, large.byteOffset);
console.log(Buffer.from('abc').buffer.byteLength, Buffer.from('x'.repeat(5000)).buffer.byteLength);
console.log(Buffer.allocUnsafeSlow(10).buffer.byteLength, Buffer.alloc(10).buffer.byteLength);
const a = Buffer.allocUnsafe(3);
const b = Buffer.allocUnsafe(3);
console.log(a.buffer === b.buffer, (b.byteOffset - a.byteOffset) % 8);
