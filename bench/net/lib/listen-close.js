'use strict';
// The script timed by startup-listen-close.sh: listen on a loopback port, then close.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => server.close());
