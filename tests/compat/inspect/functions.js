'use strict';
const { inspect } = require('util');
function named() {}
console.log(inspect(named));
console.log(inspect(() => {}));
console.log(inspect(function () {}));
console.log(inspect(async function af() {}));
console.log(inspect(async () => {}));
console.log(inspect(function* gen() {}));
console.log(inspect(async function* agen() {}));
console.log(inspect(named.bind(null)));
console.log(inspect(Math.max));
console.log(inspect({ fn: named, arrow: (x) => x }));
const o = { method() {} };
console.log(inspect(o.method));
