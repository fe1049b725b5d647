'use strict';
// SocketAddress instances, and isSocketAddress-like checks.
const net = require('net');
const a = new net.SocketAddress();
console.log(a instanceof net.SocketAddress, typeof net.SocketAddress, Object.keys(a).length);
