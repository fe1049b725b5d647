'use strict';
// resetAndDestroy() by the server: the client gets read ECONNRESET and close(true).
const net = require('net');
const server = net.createServer((s) => {
  s.on('data', () => s.resetAndDestroy());
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => c.write('x'));
  c.on('end', () => console.log('end'));
  c.on('error', (e) => console.log('error', e.message, e.code, e.syscall));
  c.on('close', (h) => { console.log('close', h); server.close(); });
});
