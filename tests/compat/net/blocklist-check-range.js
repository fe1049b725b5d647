'use strict';
// check() at the edges of an IPv4 range.
const net = require('net');
const b = new net.BlockList();
b.addRange('10.0.0.1', '10.0.0.10');
for (const a of ['10.0.0.0', '10.0.0.1', '10.0.0.5', '10.0.0.10', '10.0.0.11']) console.log(a, b.check(a));
