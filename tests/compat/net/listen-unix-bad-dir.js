'use strict';
// Listening on a unix socket in a missing directory fails (code and syscall).
const net = require('net');
const server = net.createServer();
server.on('error', (e) => console.log(e.code, e.syscall, e.address, e.message));
server.listen('missing-dir/s.sock');
