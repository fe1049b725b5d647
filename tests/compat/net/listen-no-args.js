'use strict';
// listen() with no arguments binds a random port.
const net = require('net');
const server = net.createServer();
server.listen();
server.on('listening', () => { console.log(server.address().port > 0); server.close(); });
