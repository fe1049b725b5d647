'use strict';
// A second destroy(err) after the first is ignored: one 'error', one 'close'.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => { c.destroy(new Error('first')); c.destroy(new Error('second')); });
  c.on('error', (e) => console.log('error', e.message));
  c.on('close', (h) => { console.log('close', h); server.close(); });
});
