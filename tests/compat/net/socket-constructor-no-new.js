'use strict';
// net.Socket and net.Server can be called without new.
const net = require('net');
const s = net.Socket();
const v = net.Server();
console.log(s instanceof net.Socket, v instanceof net.Server);
