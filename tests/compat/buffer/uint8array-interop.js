'use strict';
// Buffers are Uint8Arrays; Buffer methods work on plain Uint8Arrays via call.
const b = Buffer.from('hello');
console.log(b instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype,
  Object.getPrototypeOf(Buffer) === Uint8Array, ArrayBuffer.isView(b));
const u = new Uint8Array([0x68, 0x69]);
console.log(Buffer.isBuffer(u), Buffer.from(u.buffer).toString());
console.log(Buffer.prototype.readUInt16BE.call(u, 0), Buffer.prototype.equals.call(u, Buffer.from('hi')));
const target = new Uint8Array(4);
target.set(b.subarray(1, 4), 1);
console.log(Array.from(target).join(','), Buffer.from(target.buffer).toString('hex'));
const filtered = b.filter((x) => x !== 0x6c);
console.log(Buffer.isBuffer(filtered), filtered.toString(), Buffer.isBuffer(b.reverse()), b.toString());
console.log(Object.prototype.toString.call(b), b.constructor.name, typeof b.parent, b.parent === b.buffer, b.offset === b.byteOffset);
