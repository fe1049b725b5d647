'use strict';
// ECONNREFUSED message for port 1 given as a string option.
const net = require('net');
net.connect({ port: '1', host: '127.0.0.1' }).on('error', (e) => console.log(e.message, typeof e.port, e.port));
