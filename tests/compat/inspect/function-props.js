'use strict';
const { inspect } = require('util');
function f() {}
f.a = 1; f.b = { c: 2 };
console.log(inspect(f));
const g = () => {}; g.nested = { deep: { deeper: { deepest: 1 } } };
console.log(inspect(g));
console.log(inspect({ holder: f }));
