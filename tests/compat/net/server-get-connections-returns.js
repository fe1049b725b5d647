'use strict';
// getConnections returns the server.
const net = require('net');
const server = net.createServer();
console.log(server.getConnections(() => console.log('cb')) === server);
