'use strict';
// A peer reset on a socket with 'error' and 'close' listeners: each fires once.
const net = require('net');
const server = net.createServer((s) => s.on('data', () => s.resetAndDestroy()));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  let errors = 0, closes = 0;
  const c = net.connect(port, '127.0.0.1', () => c.write('x'));
  c.on('error', () => errors++);
  c.on('close', () => { closes++; setTimeout(() => { console.log(errors, closes); server.close(); }, 20); });
});
