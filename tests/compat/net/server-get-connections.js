'use strict';
// getConnections reports open connections asynchronously.
const net = require('net');
const server = net.createServer((s) => {
  let sync = true;
  server.getConnections((err, n) => { console.log('count', err, n, sync); s.destroy(); server.close(); });
  sync = false;
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  net.connect(port, '127.0.0.1').resume();
});
