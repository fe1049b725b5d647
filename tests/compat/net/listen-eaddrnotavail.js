'use strict';
// Listening on an address the machine does not have fails with EADDRNOTAVAIL.
const net = require('net');
const server = net.createServer();
server.on('error', (e) => console.log('error', e.code, e.syscall, e.address, e.message.replace(/:\d+$/, ':PORT')));
server.listen(0, '192.0.2.1');
