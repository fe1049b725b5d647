'use strict';
// Properties of a new, unconnected Socket.
const net = require('net');
const s = new net.Socket();
console.log(s.readyState, s.pending, s.connecting, s.destroyed, s.bytesRead, s.bytesWritten);
console.log(s.remoteAddress, s.remotePort, s.remoteFamily, s.localAddress, s.localPort, s.localFamily);
console.log(s.timeout, s.allowHalfOpen, s.bufferSize, s.writableLength, s.readable, s.writable);
