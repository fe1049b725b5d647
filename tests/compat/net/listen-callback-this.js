'use strict';
// Inside the listen callback 'this' is the server; listening is true.
const net = require('net');
const server = net.createServer();
server.listen(0, function() {
  console.log(this === server, server.listening);
  server.close(function() { console.log('closed', this === server, server.listening); });
});
