'use strict';
// Frames an error shares with its cause are folded into one line.
const { inspect } = require('util');
const frames = (names) => names.map((n) => `    at ${n} (/app/${n}.js:1:1)`).join('\n');
const cause = new Error('low level');
cause.stack = `Error: low level\n${frames(['read', 'parse', 'load', 'main', 'run', 'boot'])}`;
const err = new Error('high level', { cause });
err.stack = `Error: high level\n${frames(['wrap', 'parse', 'load', 'main', 'run', 'boot'])}`;
console.log(inspect(err));
const short = new Error('short', { cause });
short.stack = `Error: short\n${frames(['a', 'run', 'boot'])}`;
console.log(inspect(short));
console.log(inspect({ nested: err }));
