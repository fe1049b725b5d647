'use strict';
// An ECONNREFUSED error is an Error with the standard name and a stack string.
const net = require('net');
net.connect(9, '127.0.0.1').on('error', (e) => console.log(e instanceof Error, e.name, typeof e.stack, e.constructor === Error));
