'use strict';
// SocketAddress.isSocketAddress() is true only for objects the constructor made,
// as in Node: not for one that merely inherits the prototype.
const { SocketAddress } = require('net');
const values = [new SocketAddress(), new SocketAddress({ address: '1.2.3.4', port: 5 }), Object.create(SocketAddress.prototype),
                { address: '1.2.3.4', port: 5, family: 'ipv4' }, null, undefined, 1, 'x'];
for (const v of values) console.log(SocketAddress.isSocketAddress(v));
class Sub extends SocketAddress {}
console.log(SocketAddress.isSocketAddress(new Sub({ address: '::1', family: 'ipv6' })));
