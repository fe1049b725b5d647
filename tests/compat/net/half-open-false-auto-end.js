'use strict';
// allowHalfOpen false: after 'end' the socket ends its side by itself.
const net = require('net');
const server = net.createServer((s) => {
  s.resume();
  s.on('end', () => console.log('end', s.writableEnded));
  s.on('finish', () => console.log('finish'));
  s.on('close', () => { console.log('close'); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  net.connect(port, '127.0.0.1', function() { this.end(); }).resume();
});
