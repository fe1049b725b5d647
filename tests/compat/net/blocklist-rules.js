'use strict';
// BlockList.rules lists rules newest first with their kinds.
const net = require('net');
const b = new net.BlockList();
b.addAddress('1.2.3.4');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('192.168.0.0', 16);
b.addAddress('::1', 'ipv6');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addRange('::1', '::ff', 'ipv6');
console.log(b.rules);
