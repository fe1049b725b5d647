'use strict';
// destroySoon() on a connecting socket with nothing queued ends and closes it.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  c.on('connect', () => console.log('connect'));
  c.on('finish', () => console.log('finish'));
  c.on('close', (h) => { console.log('close', h); server.close(); });
  c.destroySoon();
  console.log('writable', c.writable);
});
