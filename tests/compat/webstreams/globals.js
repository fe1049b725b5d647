// The web stream globals are node:stream/web's classes.
const web = require('node:stream/web');
const names = Object.keys(web);
console.log(names);
for (const n of names) if (globalThis[n] !== web[n]) console.log('mismatch', n);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream').enumerable);
for (const n of ['ReadableStreamDefaultController', 'ReadableByteStreamController', 'WritableStreamDefaultController', 'TransformStreamDefaultController', 'ReadableStreamBYOBRequest']) {
  try { new web[n](); } catch (e) { console.log(n, e.name); }
}
console.log(Object.prototype.toString.call(new ReadableStream()), Object.prototype.toString.call(new TextEncoderStream()));
console.log(typeof ReadableStream.prototype[Symbol.asyncIterator], typeof ReadableStream.from);
