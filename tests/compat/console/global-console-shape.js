'use strict';
const util = require('util');
console.log(Object.keys(console).join());
console.log(util.inspect(console));
console.log(console instanceof console.Console, {} instanceof console.Console, new console.Console(process.stdout) instanceof console.Console);
console.log(util.inspect(console.createTask('x')));
const c = new console.Console(process.stdout);
console.log(Object.keys(c).join());
