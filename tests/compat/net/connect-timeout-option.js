'use strict';
// The 'timeout' connect option sets socket.timeout and emits 'timeout' when idle.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect({ port, host: '127.0.0.1', timeout: 15 });
  console.log('timeout property', c.timeout);
  c.on('timeout', () => { console.log('timeout'); c.destroy(); });
  c.on('close', () => server.close());
});
