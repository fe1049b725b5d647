'use strict';
// Listening on a host name that does not resolve fails with ENOTFOUND.
const net = require('net');
const server = net.createServer();
server.on('error', (e) => console.log(e.code, e.syscall, e.hostname, e.message));
server.listen(0, 'nowhere.invalid');
