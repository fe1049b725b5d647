'use strict';
// check() on a single blocked IPv4 address and its neighbours.
const net = require('net');
const b = new net.BlockList();
b.addAddress('1.2.3.4');
for (const a of ['1.2.3.3', '1.2.3.4', '1.2.3.5']) console.log(a, b.check(a));
