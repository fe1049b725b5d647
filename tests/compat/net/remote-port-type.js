'use strict';
// remotePort and localPort are numbers; remoteFamily is a string.
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => console.log(typeof c.remotePort, typeof c.localPort, typeof c.remoteFamily));
  c.resume();
  c.on('close', () => server.close());
});
