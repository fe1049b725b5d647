'use strict';
// end() returns the socket, also when called twice.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => console.log(c.end() === c, c.end() === c));
  c.resume();
  c.on('close', () => server.close());
});
