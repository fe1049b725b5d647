'use strict';
// An IPv6 SocketAddress with a flowlabel.
const net = require('net');
const a = new net.SocketAddress({ address: '::1', port: 80, family: 'ipv6', flowlabel: 7 });
console.log(a.address, a.port, a.family, a.flowlabel);
