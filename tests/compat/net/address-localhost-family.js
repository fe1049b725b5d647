'use strict';
// listen on 'localhost' resolves the name and binds one of its addresses.
const net = require('net');
const server = net.createServer();
server.listen({ port: 0, host: 'localhost' }, () => {
  console.log(['127.0.0.1', '::1'].includes(server.address().address));
  server.close();
});
