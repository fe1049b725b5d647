'use strict';
// connect({ localAddress: '127.0.0.1' }) binds the local end to it.
const net = require('net');
const server = net.createServer((s) => { console.log('server sees', s.remoteAddress); s.end(); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1' }, () => console.log('local', c.localAddress));
  c.resume();
  c.on('close', () => server.close());
});
