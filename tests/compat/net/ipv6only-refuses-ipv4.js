'use strict';
// With ipv6Only an IPv4 connect to the same port is refused.
const net = require('net');
const server = net.createServer();
server.listen({ port: 0, host: '::', ipv6Only: true }, () => {
  net.connect(server.address().port, '127.0.0.1').on('error', (e) => {
    console.log(e.code, e.syscall);
    server.close();
  });
});
