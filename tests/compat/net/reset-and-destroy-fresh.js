'use strict';
// resetAndDestroy() on a socket without a handle destroys it with ERR_SOCKET_CLOSED.
const net = require('net');
const s = new net.Socket();
s.on('error', (e) => console.log('error', e.code, e.message));
s.on('close', (h) => console.log('close', h));
s.resetAndDestroy();
