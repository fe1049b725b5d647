'use strict';
// destroy(err) emits 'error' with that error then 'close'(true).
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => c.destroy(new Error('boom')));
  c.on('error', (e) => console.log('error', e.message));
  c.on('close', (h) => { console.log('close', h); server.close(); });
});
