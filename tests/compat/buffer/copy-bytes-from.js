'use strict';
// Buffer.copyBytesFrom(view[, offset[, length]]): a copy of a typed array's elements'
// bytes (offset and length count elements), and its argument errors.
const show = (label, f) => {
  try {
    const b = f();
    console.log(label, Buffer.isBuffer(b), b.length, b.toString('hex'));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
const u16 = new Uint16Array([1, 255, 256, 65535]);
const f64 = new Float64Array([1.5, -0]);
const u8 = new Uint8Array([1, 2, 3, 4, 5]);
show('u16', () => Buffer.copyBytesFrom(u16));
show('u16 offset 1', () => Buffer.copyBytesFrom(u16, 1));
show('u16 offset 1 length 2', () => Buffer.copyBytesFrom(u16, 1, 2));
show('u16 length past end', () => Buffer.copyBytesFrom(u16, 2, 10));
show('u16 offset past end', () => Buffer.copyBytesFrom(u16, 9));
show('u16 offset = length', () => Buffer.copyBytesFrom(u16, 4));
show('u16 length 0', () => Buffer.copyBytesFrom(u16, 0, 0));
show('f64', () => Buffer.copyBytesFrom(f64));
show('u8 subarray', () => Buffer.copyBytesFrom(u8.subarray(1, 4)));
show('buffer', () => Buffer.copyBytesFrom(Buffer.from('hello')));
show('empty', () => Buffer.copyBytesFrom(new Uint32Array(0)));
show('bigint64', () => Buffer.copyBytesFrom(new BigInt64Array([-1n])));
show('undefined offset, length', () => Buffer.copyBytesFrom(u16, undefined, 1));
show('not a view', () => Buffer.copyBytesFrom([1, 2]));
show('dataview', () => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(4))));
show('arraybuffer', () => Buffer.copyBytesFrom(new ArrayBuffer(4)));
show('negative offset', () => Buffer.copyBytesFrom(u16, -1));
show('fraction offset', () => Buffer.copyBytesFrom(u16, 1.5));
show('string offset', () => Buffer.copyBytesFrom(u16, '1'));
show('negative length', () => Buffer.copyBytesFrom(u16, 0, -1));
show('NaN length', () => Buffer.copyBytesFrom(u16, 0, NaN));
// A copy, not a view.
const src = new Uint8Array([7, 7]);
const copy = Buffer.copyBytesFrom(src);
src[0] = 0;
console.log('copied', copy[0], copy.buffer !== src.buffer);
