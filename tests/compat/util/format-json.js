'use strict';
const { format } = require('util');
console.log(format('%j', { a: [1, 'b'] }));
console.log(format('%j', 'str'), format('%j', undefined), format('%j', null));
const c = {}; c.c = c;
console.log(format('%j', c));
console.log(format('%j', { toJSON() { return 'tojson'; } }));
try { format('%j', { toJSON() { throw new TypeError('inner'); } }); } catch (e) { console.log('threw', e.message); }
