'use strict';
// The server 'close' event has no arguments.
const net = require('net');
const server = net.createServer();
server.on('close', (...args) => console.log('args', args.length));
server.listen(0, () => server.close());
