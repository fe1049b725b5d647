'use strict';
// The connect callback runs as a 'connect' listener, before the 'ready' event.
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => console.log('callback', c.listenerCount('connect')));
  c.on('connect', () => console.log('connect event'));
  c.on('ready', () => console.log('ready'));
  c.resume();
  c.on('close', () => server.close());
});
