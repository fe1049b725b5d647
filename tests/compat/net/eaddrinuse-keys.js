'use strict';
// The own keys of an EADDRINUSE error.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  net.createServer().listen(port, '127.0.0.1').on('error', (e) => {
    console.log(Object.keys(e).join(','));
    server.close();
  });
});
