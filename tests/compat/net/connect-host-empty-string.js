'use strict';
// connect({ host: '' }) is treated as localhost.
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect({ port, host: '' }, () => console.log('connected', c.remoteAddress));
  c.on('error', (e) => console.log('error', e.code));
  c.resume();
  c.on('close', () => server.close());
});
