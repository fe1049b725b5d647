'use strict';
// connect to 'localhost' with family 4 on a closed port: 'lookup' then ECONNREFUSED 127.0.0.1:9.
const net = require('net');
const c = net.connect({ port: 9, host: 'localhost', family: 4 });
c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
c.on('error', (e) => console.log(e.message));
