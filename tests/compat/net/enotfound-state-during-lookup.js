'use strict';
// While the name is being resolved the socket is connecting and opening.
const net = require('net');
const c = net.connect(80, 'pending.invalid');
console.log(c.connecting, c.readyState, c.pending);
c.on('error', () => console.log('error', c.connecting, c.readyState));
