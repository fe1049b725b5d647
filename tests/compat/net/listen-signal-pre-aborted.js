'use strict';
// listen with an already aborted signal: the server closes without listening.
const net = require('net');
const server = net.createServer();
server.on('listening', () => console.log('listening'));
server.on('close', () => console.log('close'));
server.listen({ port: 0, signal: AbortSignal.abort() });
