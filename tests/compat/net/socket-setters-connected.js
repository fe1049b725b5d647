'use strict';
// Setters on a connected socket return the socket.
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    console.log(c.setNoDelay(true) === c, c.setKeepAlive(true, 1000) === c, c.setTimeout(100) === c);
    c.setTimeout(0);
  });
  c.resume();
  c.on('close', () => server.close());
});
