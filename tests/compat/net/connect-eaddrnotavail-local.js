'use strict';
// Binding a client to a foreign localAddress fails with EADDRNOTAVAIL (syscall bind).
const net = require('net');
const c = net.connect({ port: 9, host: '127.0.0.1', localAddress: '192.0.2.1' });
c.on('error', (e) => console.log(e.code, e.syscall, e.address));
