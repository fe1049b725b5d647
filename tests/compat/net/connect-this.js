'use strict';
// Inside the connect callback 'this' is the socket.
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', function() { console.log(this === c); });
  c.resume();
  c.on('close', () => server.close());
});
