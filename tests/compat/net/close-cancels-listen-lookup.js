'use strict';
// close() while listen(port, host) is still looking up the host: the lookup's
// result is dropped and the server never listens, as in Node; close's callback
// gets ERR_SERVER_NOT_RUNNING.
const net = require('net');
const s = net.createServer();
s.on('listening', () => console.log('listening', s.listening));
s.on('close', () => console.log('close'));
s.listen(0, 'localhost');
s.close((err) => console.log('close cb', err && err.code));
setTimeout(() => { console.log('later listening', s.listening); s.close(); }, 100);
