'use strict';
// Socket constructor options readable/writable without a handle.
const net = require('net');
const s = new net.Socket({ readable: false, writable: false });
console.log(s.readable, s.writable, s.readyState);
