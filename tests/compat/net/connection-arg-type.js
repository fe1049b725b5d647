'use strict';
// The 'connection' argument is a net.Socket, already connected.
const net = require('net');
const server = net.createServer((s) => {
  console.log(s instanceof net.Socket, s.connecting, s.pending, s.readyState);
  s.end();
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  net.connect(port, '127.0.0.1').resume().on('close', () => server.close());
});
