'use strict';
// check() of an IPv4 literal with family ipv6 does not match the IPv4 rule.
const net = require('net');
const b = new net.BlockList();
b.addAddress('1.2.3.4');
console.log(b.check('1.2.3.4', 'ipv4'), b.check('::ffff:1.2.3.4', 'ipv6'));
