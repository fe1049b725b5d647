'use strict';
// server.address() on 127.0.0.1: keys and family.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  console.log(Object.keys(a).join(','), a.address, a.family, typeof a.port, a.port > 0);
  server.close();
});
