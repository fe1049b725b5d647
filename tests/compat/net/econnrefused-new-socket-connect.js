'use strict';
// new Socket().connect(port, host) reports ECONNREFUSED the same way.
const net = require('net');
const s = new net.Socket();
s.connect(9, '127.0.0.1');
s.on('error', (e) => console.log(e.message));
s.on('close', (h) => console.log('close', h));
