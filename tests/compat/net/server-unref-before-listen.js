'use strict';
// unref() before listen() still lets the process exit.
const net = require('net');
const server = net.createServer();
console.log(server.unref() === server);
server.listen(0, () => console.log('listening'));
process.on('exit', (c) => console.log('exit', c));
