'use strict';
// A socket whose signal aborts is destroyed with an AbortError.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const ac = new AbortController();
  const c = net.connect({ port, host: '127.0.0.1', signal: ac.signal });
  c.on('error', (e) => console.log('error', e.name, e.code, e.message));
  c.on('close', (h) => { console.log('close', h); server.close(); });
  ac.abort();
});
