'use strict';
// Connecting to a unix socket path that does not exist fails with ENOENT.
const net = require('net');
const c = net.connect('no-such-dir/x.sock');
c.on('error', (e) => console.log(e.message, e.code, e.errno, e.syscall, e.address, e.port));
c.on('close', (h) => console.log('close', h));
