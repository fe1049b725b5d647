'use strict';
const { inspect } = require('util');
console.log(inspect.defaultOptions);
const saved = { ...inspect.defaultOptions };
inspect.defaultOptions.depth = 0;
console.log(inspect({ a: { b: 1 } }));
inspect.defaultOptions = { breakLength: 20 };
console.log(inspect({ aaaa: 1, bbbb: 2, cccc: 3 }));
inspect.defaultOptions = saved;
console.log(inspect({ a: { b: 1 } }));
try { inspect.defaultOptions = null; } catch (e) { console.log(e.code, e.name); }
