'use strict';
// The 'lookup' event carries the ENOTFOUND error and the host name before 'error'.
const net = require('net');
const c = net.connect({ port: 80, host: 'nothing-here.invalid', autoSelectFamily: false });
c.on('lookup', (err, address, family, host) => console.log('lookup', err && err.code, address, family, host));
c.on('error', (e) => console.log('error', e.code));
c.on('close', (h) => console.log('close', h));
