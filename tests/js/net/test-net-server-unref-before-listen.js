'use strict';
// unref() called before listen() still applies once the server listens.
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer();
server.unref();
server.listen(0, mustCall());
