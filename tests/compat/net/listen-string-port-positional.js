'use strict';
// listen('0') with a numeric string binds a TCP port, like a number.
const net = require('net');
const server = net.createServer();
server.listen('0', () => { console.log(typeof server.address(), server.address().port > 0); server.close(); });
