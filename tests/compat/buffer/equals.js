'use strict';
// buf.equals with Buffers, Uint8Arrays and bad arguments.
const a = Buffer.from('hello');
console.log(a.equals(Buffer.from('hello')), a.equals(Buffer.from('hellp')), a.equals(Buffer.from('hell')), a.equals(a));
console.log(a.equals(new Uint8Array([104, 101, 108, 108, 111])), Buffer.alloc(0).equals(new Uint8Array(0)));
for (const v of ['hello', [104], null, new Uint16Array(1)]) {
  try { console.log(a.equals(v)); } catch (e) { console.log(e.code, e.name, e.message); }
}
