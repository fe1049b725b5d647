// require.cache: one instance per file; deleting the entry loads a fresh instance.
const path = require('path');
const c1 = require('./fixtures/counter');
c1.inc();
const c2 = require('./fixtures/counter');
console.log(c1 === c2, c2.inc());
const key = path.join(__dirname, 'fixtures/counter.js');
console.log(key in require.cache, require.cache[key].exports === c1, require.cache === module.constructor._cache);
delete require.cache[key];
const c3 = require('./fixtures/counter');
console.log(c3 === c1, c3.inc());
