'use strict';
// destroy() on a socket that never connected emits 'close'(false) once.
const net = require('net');
const s = new net.Socket();
s.on('close', (h) => console.log('close', h, s.destroyed));
s.destroy();
s.destroy();
console.log('sync', s.destroyed, s.readyState);
