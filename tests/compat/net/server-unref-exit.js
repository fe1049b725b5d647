'use strict';
// An unref()ed listening server lets the process exit 0 without a close event.
const net = require('net');
const server = net.createServer();
server.on('close', () => console.log('close'));
server.listen(0, () => { console.log('listening'); server.unref(); });
process.on('exit', (c) => console.log('exit', c, server.listening));
