'use strict';
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir({ [require('util').inspect.custom]() { return 'custom!'; }, real: 1 });
console.dir('a string');
