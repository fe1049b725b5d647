'use strict';
// server.close() and server.listen() return the server.
const net = require('net');
const server = net.createServer();
console.log(server.listen(0) === server);
server.on('listening', () => console.log(server.close() === server));
