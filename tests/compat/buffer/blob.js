'use strict';
// Blob and File basics: size, type, slice, text, arrayBuffer.
const { Blob, File } = require('buffer');
const blob = new Blob(['ab', Buffer.from('cd'), new Uint8Array([0x65]), new Blob(['f'])], { type: 'Text/Plain' });
console.log(blob.size, blob.type, blob instanceof Blob, Object.prototype.toString.call(blob));
const part = blob.slice(1, -1, 'x/y');
console.log(part.size, part.type, blob.slice(-2).size, blob.slice(10).size, new Blob().size, new Blob([], { type: '\u00e9' }).type);
blob.text().then((t) => {
  console.log('text', t);
  return part.arrayBuffer();
}).then((ab) => console.log('ab', ab instanceof ArrayBuffer, Buffer.from(ab).toString()));
const f = new File(['data'], 'name.txt', { type: 'text/plain', lastModified: 42 });
console.log(f.name, f.size, f.type, f.lastModified, f instanceof Blob);
for (const args of [['abc'], [5], [[], 5]]) {
  try { new Blob(...args); } catch (e) { console.log(e.code, e.name); }
}
console.log(Blob === globalThis.Blob);
