'use strict';
// listen({ port: '0' }) accepts a numeric string.
const net = require('net');
const server = net.createServer();
server.listen({ port: '0', host: '127.0.0.1' }, () => { console.log(server.address().family); server.close(); });
