'use strict';
// check() with IPv6 rules, and an IPv4-mapped address against an IPv4 rule.
const net = require('net');
const b = new net.BlockList();
b.addAddress('1.2.3.4');
b.addAddress('::1', 'ipv6');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
for (const a of ['::1', '::2', '::ffff:1.2.3.4', '::ffff:1.2.3.5', '8592:757c:efae:4e45::f', '8592:757c:efae:4e46::f'])
  console.log(a, b.check(a, 'ipv6'));
