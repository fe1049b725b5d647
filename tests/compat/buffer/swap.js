'use strict';
// swap16/32/64 on small and large buffers (JS and native paths), and size errors.
for (const [fn, size] of [['swap16', 2], ['swap32', 4], ['swap64', 8]]) {
  for (const len of [0, size, size * 3, 256]) {
    const b = Buffer.alloc(len);
    for (let i = 0; i < len; i++) b[i] = i;
    const r = b[fn]();
    console.log(fn, len, r === b, b.subarray(0, 16).toString('hex'), len > 16 ? b.subarray(-8).toString('hex') : '');
  }
  try { Buffer.alloc(size + 1)[fn](); } catch (e) { console.log(e.code, e.name, e.message); }
}
const view = Buffer.from('abcdef').subarray(1, 5);
view.swap16();
console.log(view.toString(), view.buffer.byteLength > 0);
