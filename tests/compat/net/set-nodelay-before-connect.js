'use strict';
// setNoDelay and setKeepAlive before connect are applied later without error.
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = new net.Socket();
  c.setNoDelay(true);
  c.setKeepAlive(true, 500);
  c.connect(port, '127.0.0.1', () => console.log('connected'));
  c.resume();
  c.on('close', (h) => { console.log('close', h); server.close(); });
});
