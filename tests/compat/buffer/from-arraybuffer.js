'use strict';
// Buffer.from(arrayBuffer, byteOffset, length) shares memory; bad ranges throw.
const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
const b = Buffer.from(ab, 2, 3);
view[2] = 0x41;
console.log(b.length, b.byteOffset, b[0], b.buffer === ab);
console.log(Buffer.from(ab).length, Buffer.from(ab, 6).length, Buffer.from(ab, '1', '2').length, Buffer.from(ab, NaN).length);
console.log(Buffer.from(ab, 8).length, Buffer.from(ab, 0, -5).length, Buffer.from(ab, 2.7).byteOffset);
for (const args of [[9], [0, 9], [4, 5], [-1]]) {
  try { Buffer.from(ab, ...args); console.log(args, 'ok'); } catch (e) { console.log(args.join(','), e.code, e.name, e.message); }
}
