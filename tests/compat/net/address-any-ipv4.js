'use strict';
// Listening on '0.0.0.0' reports family IPv4.
const net = require('net');
const server = net.createServer();
server.listen(0, '0.0.0.0', () => {
  console.log(server.address().address, server.address().family);
  server.close();
});
