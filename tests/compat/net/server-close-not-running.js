'use strict';
// close() on a server that never listened: ERR_SERVER_NOT_RUNNING to the callback.
const net = require('net');
const server = net.createServer();
server.on('close', () => console.log('close event'));
server.close((e) => console.log('callback', e.name, e.code, e.message));
console.log('sync');
