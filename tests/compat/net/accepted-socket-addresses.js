'use strict';
// The accepted socket's remote end is the client's local end.
const net = require('net');
const server = net.createServer((s) => {
  console.log(s.remoteAddress, s.remoteFamily, s.localAddress, s.localFamily, s.localPort === server.address().port);
  s.end();
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  net.connect(port, '127.0.0.1').resume().on('close', () => server.close());
});
