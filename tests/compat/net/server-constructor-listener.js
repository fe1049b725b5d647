'use strict';
// new net.Server(listener) registers a connection listener.
const net = require('net');
const server = new net.Server(() => {});
console.log(server.listenerCount('connection'));
