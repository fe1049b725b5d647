'use strict';
// server.address() is null before listen and after close.
const net = require('net');
const server = net.createServer();
console.log(server.address());
server.listen(0, () => server.close(() => console.log(server.address())));
