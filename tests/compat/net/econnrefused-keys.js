'use strict';
// The own enumerable keys of an ECONNREFUSED error, in order.
const net = require('net');
net.connect(9, '127.0.0.1').on('error', (e) => console.log(Object.keys(e).join(',')));
