'use strict';
// addAddress and addRange accept SocketAddress objects.
const net = require('net');
const b = new net.BlockList();
b.addAddress(new net.SocketAddress({ address: '5.6.7.8' }));
b.addRange(new net.SocketAddress({ address: '9.0.0.1' }), new net.SocketAddress({ address: '9.0.0.3' }));
console.log(b.rules, b.check('5.6.7.8'), b.check('9.0.0.2'));
