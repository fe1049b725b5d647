'use strict';
// util.inspect of a SocketAddress.
const net = require('net');
console.log(require('util').inspect(new net.SocketAddress({ address: '::1', family: 'ipv6', port: 8080 })));
