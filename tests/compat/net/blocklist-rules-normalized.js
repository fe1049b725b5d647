'use strict';
// BlockList.rules prints each address the way Node formats it (inet_ntop), not as typed:
// upper case and zero-padded IPv6, IPv4-mapped (::ffff:0:0 -> ::ffff:0.0.0.0),
// IPv4-compatible (::0.0.0.1 -> ::1) and embedded dotted forms, in all three rule kinds.
const net = require('net');
const b = new net.BlockList();
for (const a of ['FE80::ABCD', '0000:0000::00ff:0:1', '::ffff:0:0', '::ffff:ffff:ffff', '::0.0.0.1', '64:ff9b::1.2.3.4', '1:0:0:0:0:0:0:0']) {
  b.addAddress(a, 'ipv6');
}
b.addSubnet('2001:DB8:0:0::', 32, 'ipv6');
b.addRange('::ffff:0:1', '::FFFF:0:2', 'ipv6');
b.addAddress('10.0.0.1');
console.log(b.rules);
