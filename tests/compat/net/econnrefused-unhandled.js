'use strict';
// An unhandled 'error' on a refused socket ends the process with exit code 1.
const net = require('net');
process.on('exit', (code) => console.log('exit', code));
net.connect(9, '127.0.0.1');
