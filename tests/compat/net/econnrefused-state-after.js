'use strict';
// Socket state after a refused connect: destroyed, readyState, connecting, pending.
const net = require('net');
const c = net.connect(9, '127.0.0.1');
c.on('error', () => console.log('error', c.destroyed, c.readyState, c.connecting, c.pending));
c.on('close', () => console.log('close', c.destroyed, c.readyState, c.connecting, c.pending));
