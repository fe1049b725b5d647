'use strict';
// Connecting to a closed port: the error message, code, errno, syscall, address, port.
const net = require('net');
const c = net.connect(9, '127.0.0.1');
c.on('error', (e) => {
  console.log(e.message);
  console.log(e.name, e.code, e.errno, e.syscall, e.address, e.port);
});
