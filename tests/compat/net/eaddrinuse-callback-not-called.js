'use strict';
// listen's callback does not run when listen fails; 'listening' is not emitted.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const s2 = net.createServer();
  s2.on('listening', () => console.log('listening'));
  s2.listen(port, '127.0.0.1', () => console.log('callback'));
  s2.on('error', (e) => { console.log('error', e.code, s2.address()); server.close(); });
});
