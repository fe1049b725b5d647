'use strict';
// An empty BlockList blocks nothing and has no rules.
const net = require('net');
const b = new net.BlockList();
console.log(b.rules, b.check('1.2.3.4'), b.check('::1', 'ipv6'));
