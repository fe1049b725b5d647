'use strict';
// listen() then close() in the same tick: events that follow.
const net = require('net');
const server = net.createServer();
server.on('listening', () => console.log('listening'));
server.on('close', () => console.log('close'));
server.listen(0, () => console.log('listen callback'));
server.close((err) => console.log('close callback', err && err.code));
