'use strict';
// A server 'error' without a listener is thrown (uncaughtException sees EADDRINUSE).
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  process.on('uncaughtException', (e) => { console.log('uncaught', e.code, e.syscall); server.close(); });
  net.createServer().listen(port, '127.0.0.1');
});
