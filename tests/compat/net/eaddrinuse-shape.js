'use strict';
// Listening on a port in use: the EADDRINUSE error (port replaced by PORT).
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const s2 = net.createServer().listen(port, '127.0.0.1');
  s2.on('error', (e) => {
    console.log(e.message.replace(String(port), 'PORT'));
    console.log(e.name, e.code, e.errno, e.syscall, e.address, e.port === port, s2.listening);
    server.close();
  });
});
