'use strict';
const util = require('util');
const e = util._errnoException(-2, 'open', 'file.txt');
console.log(e instanceof Error, e.message, e.code, e.errno, e.syscall);
const f = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, 'local');
console.log(f.message, f.code, f.errno, f.syscall, f.address, f.port);
const g = util._exceptionWithHostPort(-98, 'listen', '::', 0);
console.log(g.message, 'port' in g);
