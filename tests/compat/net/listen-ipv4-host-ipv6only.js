'use strict';
// ipv6Only with an IPv4 host is ignored (Node binds IPv4 without flags) instead
// of failing the bind with EINVAL.
const net = require('net');
const s = net.createServer();
s.on('error', (e) => console.log('error', e.code, e.syscall, e.message.replace(/\d+$/, 'P')));
s.listen({ port: 0, host: '127.0.0.1', ipv6Only: true }, () => {
  console.log('listening', s.address().address, s.address().family);
  s.close();
});
