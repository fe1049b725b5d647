'use strict';
// 'listening' is emitted with no arguments.
const net = require('net');
const server = net.createServer();
server.on('listening', (...args) => { console.log('args', args.length); server.close(); });
server.listen(0);
