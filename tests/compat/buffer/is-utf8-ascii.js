'use strict';
// buffer.isUtf8 and buffer.isAscii on buffers, typed arrays and ArrayBuffers.
const { isUtf8, isAscii } = require('buffer');
const cases = ['', '41', 'c3a9', 'e282ac', 'f09f9880', 'c0af', 'eda080', 'f4908080', 'e282', 'ff', '7f', '80', 'efbfbd'];
for (const hex of cases) {
  const b = Buffer.from(hex, 'hex');
  console.log(hex, isUtf8(b), isAscii(b), isUtf8(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)),
    isUtf8(new Uint8Array(b)));
}
console.log(isAscii(new Uint16Array([0x4141])), isAscii(new Uint16Array([0x8041])), isUtf8(new Uint32Array(2)));
for (const v of ['abc', null, [1], new DataView(new ArrayBuffer(1))]) {
  try { isUtf8(v); } catch (e) { console.log(e.code, e.name, e.message); }
  try { isAscii(v); } catch (e) { console.log(e.code, e.name, e.message); }
}
