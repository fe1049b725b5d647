'use strict';
// Unref()ed sockets and server: the process exits while connected.
const net = require('net');
const server = net.createServer((s) => { s.unref(); console.log("accepted"); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  server.unref();
  const c = net.connect(port, '127.0.0.1', () => { console.log('connected'); c.unref(); });
  process.on('exit', (code) => console.log('exit', code, c.destroyed));
});
