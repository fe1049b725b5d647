'use strict';
// new SocketAddress() defaults.
const net = require('net');
const a = new net.SocketAddress();
console.log(a.address, a.port, a.family, a.flowlabel);
