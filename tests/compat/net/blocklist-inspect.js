'use strict';
// util.inspect of a BlockList.
const net = require('net');
const b = new net.BlockList();
b.addAddress('1.2.3.4');
console.log(require('util').inspect(b));
