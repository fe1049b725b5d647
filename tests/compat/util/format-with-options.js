'use strict';
const { formatWithOptions } = require('util');
console.log(formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
console.log(JSON.stringify(formatWithOptions({ colors: true }, 'x', 1, 's')));
console.log(formatWithOptions({ compact: false }, '%O', { a: 1 }));
console.log(formatWithOptions({}, '%s', { a: { b: { c: 1 } } }));
try { formatWithOptions(null, 'x'); } catch (e) { console.log(e.code, e.message); }
