'use strict';
// bytesRead and bytesWritten on both ends after an exchange.
const net = require('net');
const server = net.createServer((s) => {
  s.resume();
  s.on('end', () => { s.end('12345'); });
  s.on('close', () => { console.log('server', s.bytesRead, s.bytesWritten); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => c.end('€uro'));
  c.resume();
  c.on('close', () => console.log('client', c.bytesRead, c.bytesWritten));
});
