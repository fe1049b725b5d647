'use strict';
// An IPv6 connection on ::1: families and addresses on both ends.
const net = require('net');
const server = net.createServer((s) => {
  console.log('server', s.remoteAddress, s.remoteFamily, s.localAddress);
  s.end('v6');
});
server.listen(0, '::1', () => {
  const c = net.connect(server.address().port, '::1', () => console.log('client', c.remoteAddress, c.remoteFamily));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => server.close());
});
