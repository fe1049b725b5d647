'use strict';
// process 'uncaughtException' receives an unhandled ECONNREFUSED socket error.
const net = require('net');
process.on('uncaughtException', (e) => console.log('uncaught', e.code, e.syscall));
net.connect(9, '127.0.0.1');
