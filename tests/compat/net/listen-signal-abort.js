'use strict';
// listen({ signal }): aborting closes the server.
const net = require('net');
const ac = new AbortController();
const server = net.createServer();
server.on('close', () => console.log('close', server.listening));
server.listen({ port: 0, signal: ac.signal }, () => { console.log('listening'); ac.abort(); });
