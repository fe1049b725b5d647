'use strict';
// A connected client: remote/local address, family, port relations; address() shape.
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    console.log(c.remoteAddress, c.remoteFamily, c.remotePort === port);
    console.log(c.localAddress, c.localFamily, typeof c.localPort, c.localPort !== port);
    const a = c.address();
    console.log(Object.keys(a).join(','), a.address, a.family, a.port === c.localPort);
  });
  c.resume();
  c.on('close', () => server.close());
});
