'use strict';
// A server on '::' sees an IPv4 client as ::ffff:127.0.0.1.
const net = require('net');
const server = net.createServer((s) => {
  console.log(s.remoteAddress, s.remoteFamily);
  s.end();
});
server.listen(0, '::', () => {
  net.connect(server.address().port, '127.0.0.1').resume().on('close', () => server.close());
});
