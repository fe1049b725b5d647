'use strict';
// check() inside and outside IPv4 subnets of several prefixes.
const net = require('net');
const b = new net.BlockList();
b.addSubnet('192.168.0.0', 16);
b.addSubnet('8.8.8.8', 32);
b.addSubnet('172.16.0.0', 12);
for (const a of ['192.168.255.255', '192.169.0.0', '8.8.8.8', '8.8.8.9', '172.31.255.255', '172.32.0.0']) console.log(a, b.check(a));
