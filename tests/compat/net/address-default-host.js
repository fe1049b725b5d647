'use strict';
// Listening without a host binds '::' (IPv6 any) when IPv6 is available.
const net = require('net');
const server = net.createServer();
server.listen(0, () => {
  const a = server.address();
  console.log(a.address, a.family);
  server.close();
});
