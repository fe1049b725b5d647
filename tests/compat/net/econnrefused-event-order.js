'use strict';
// A refused connect emits 'error' then 'close'(true), never 'connect' or 'ready'.
const net = require('net');
const c = net.connect(9, '127.0.0.1', () => console.log('connect cb'));
for (const ev of ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'timeout']) c.on(ev, () => console.log(ev));
c.on('error', (e) => console.log('error', e.code));
c.on('close', (hadError) => console.log('close', hadError));
