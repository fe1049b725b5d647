'use strict';
// allowHalfOpen server: it can still write after the client ended.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  console.log('allowHalfOpen', s.allowHalfOpen);
  s.resume();
  s.on('end', () => setTimeout(() => s.end('late reply'), 10));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end());
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('end', () => console.log('end'));
  c.on('close', () => { console.log('close'); server.close(); });
});
