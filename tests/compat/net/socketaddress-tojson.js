'use strict';
// SocketAddress.toJSON() and JSON.stringify.
const net = require('net');
const a = new net.SocketAddress({ address: '10.1.2.3', port: 443 });
console.log(a.toJSON());
console.log(JSON.stringify(a));
