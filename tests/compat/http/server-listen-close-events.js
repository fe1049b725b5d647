'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer();
server.on('listening', () => console.log('listening', typeof server.address().port));
server.on('close', () => console.log('close'));
server.listen(0, () => server.close((err) => console.log('close cb', err)));
