'use strict';
// Default property values of a new server.
const net = require('net');
const server = net.createServer();
console.log(server.maxConnections, server.listening, server.address());
console.log(typeof server.ref, typeof server.unref, typeof server[Symbol.asyncDispose]);
