// Buffer[Symbol.species] is the internal FastBuffer class (ws builds views with it),
// so TypedArray methods make Buffers without calling the deprecated Buffer(); and
// DEP0005 is emitted once, only for a call from outside node_modules.
process.on('warning', (w) => console.log('warning', w.name, w.code));

const FastBuffer = Buffer[Symbol.species];
console.log(FastBuffer === Buffer, FastBuffer.name, FastBuffer.prototype === Buffer.prototype);
const view = new FastBuffer(new ArrayBuffer(8), 2, 4);
console.log(view.length, view.byteOffset, Buffer.isBuffer(view), view.constructor === Buffer);
const b = Buffer.from([1, 2, 3, 4]);
const mapped = b.map((x) => x * 2);
const filtered = b.filter((x) => x > 2);
console.log(Buffer.isBuffer(mapped), [...mapped], Buffer.isBuffer(filtered), [...filtered]);
console.log(Object.getOwnPropertyDescriptor(Buffer, Symbol.species).enumerable);

const oldDep = require('./fixtures/node_modules/old-dep');
console.log('from a dependency:', oldDep(3));
setTimeout(() => {
  console.log('no warning yet');
  console.log('from the app:', new Buffer(2).length, Buffer(1).length);
  setTimeout(() => console.log('done'), 5);
}, 5);
