'use strict';
// A negative highWaterMark on a server means the default (16384), as in Node;
// its connections get it (the first connection used to throw in onconnection).
const net = require('net');
console.log(net.createServer({ highWaterMark: -1 }).highWaterMark);
const s = net.createServer({ highWaterMark: -1 }, (c) => {
  console.log('conn hwm', c.readableHighWaterMark, c.writableHighWaterMark);
  c.destroy(); s.close();
});
s.listen(0, '127.0.0.1', () => {
  net.connect(s.address().port, '127.0.0.1').on('error', () => {});
});
