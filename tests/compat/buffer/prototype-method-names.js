'use strict';
// name/length of every Buffer.prototype function (Node: slice is "slice", the float
// methods are named readFloatForwards/readDoubleBackwards etc. on little-endian hosts,
// the *Slice/*Write bindings are native with length 0), and the keys of the buffer module.
const names = Object.getOwnPropertyNames(Buffer.prototype).sort();
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Buffer.prototype, n);
  if (typeof d.value === 'function') console.log(n, d.value.name, d.value.length, d.enumerable, d.writable);
  else console.log(n, typeof d.get, typeof d.value, d.enumerable);
}
const buffer = require('buffer');
for (const n of Object.keys(buffer).sort()) {
  console.log('export', n, typeof buffer[n], typeof buffer[n] === 'function' ? `${buffer[n].name} ${buffer[n].length}` : '');
}
