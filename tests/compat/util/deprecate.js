'use strict';
const util = require('util');
const warnings = [];
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const f = util.deprecate(function old(a) { return a * 2; }, 'old() is deprecated', 'DEP_TEST1');
console.log(f(2), f(3));
const g = util.deprecate(() => 'g', 'g is deprecated');
g(); g();
const h = util.deprecate(() => 'h', 'same code as f', 'DEP_TEST1');
h();
class Base { constructor() { this.made = true; } }
const D = util.deprecate(Base, 'Base is deprecated', 'DEP_TEST2');
console.log(new D().made, new D() instanceof Base);
try { util.deprecate(() => {}, 'm', 5); } catch (e) { console.log(e.code); }
console.log('sync end');
