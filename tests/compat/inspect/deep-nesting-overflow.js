'use strict';
// Inspecting past the stack limit stops with Node's marker instead of throwing.
const util = require('util');
let o = {}; const root = o;
for (let i = 0; i < 100000; i++) { o.n = {}; o = o.n; }
const s = util.inspect(root, { depth: null });
console.log(s.length > 0, s.includes('Inspection interrupted'));
