'use strict';
const { inspect } = require('util');
class MyError extends Error {}
const e = new MyError('mine');
e.stack = 'Error: mine\n    at z (z.js:1:1)';
console.log(inspect(e));
class Weird extends Error {}
const w = new Weird('weird');
w.stack = 'Error: weird';
console.log(inspect(w));
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
const n = new NamedError('n');
n.stack = 'NamedError: n';
console.log(inspect(n));
const np = new Error('np');
np.stack = 'Error: np';
Object.setPrototypeOf(np, null);
console.log(inspect(np));
