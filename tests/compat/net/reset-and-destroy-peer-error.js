'use strict';
// resetAndDestroy() by the client: the server socket gets read ECONNRESET.
const net = require('net');
const server = net.createServer((s) => {
  s.on('data', () => s.write('ack'));
  s.on('error', (e) => console.log('server error', e.message, e.code, e.errno, e.syscall));
  s.on('close', (h) => { console.log('server close', h); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => c.write('x'));
  c.on('data', () => { console.log('reset returns socket', c.resetAndDestroy() === c); });
  c.on('close', (h) => console.log('client close', h));
});
