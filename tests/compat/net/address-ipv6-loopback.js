'use strict';
// Listening on '::1' reports { address: '::1', family: 'IPv6' }.
const net = require('net');
const server = net.createServer();
server.listen(0, '::1', () => {
  console.log(server.address().address, server.address().family);
  server.close();
});
