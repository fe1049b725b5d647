'use strict';
// A name under .invalid fails with ENOTFOUND from getaddrinfo: message, code, syscall, hostname.
const net = require('net');
const c = net.connect(80, 'does-not-exist.invalid');
c.on('error', (e) => {
  console.log(e.message);
  console.log(e.code, e.syscall, e.hostname, typeof e.errno);
});
c.on('close', (h) => console.log('close', h));
