'use strict';
// Over maxConnections a connection is dropped: 'drop' data shape; the client sees end.
const net = require('net');
const server = net.createServer((s) => console.log('connection'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  server.maxConnections = 1;
  server.on('drop', (d) => {
    console.log('drop', Object.keys(d).join(','), d.localAddress, d.remoteAddress, d.localFamily, d.remoteFamily, d.localPort === port);
  });
  const a = net.connect(port, '127.0.0.1', () => {
    const b = net.connect(port, '127.0.0.1');
    b.resume();
    b.on('end', () => console.log('dropped client end'));
    b.on('close', () => { a.destroy(); server.close(); });
  });
});
