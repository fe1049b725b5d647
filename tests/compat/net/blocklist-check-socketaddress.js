'use strict';
// check() accepts a SocketAddress.
const net = require('net');
const b = new net.BlockList();
b.addAddress('1.2.3.4');
console.log(b.check(new net.SocketAddress({ address: '1.2.3.4' })), b.check(new net.SocketAddress({ address: '1.2.3.5' })));
