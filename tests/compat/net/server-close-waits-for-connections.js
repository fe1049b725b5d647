'use strict';
// server.close(): 'close' waits until the open connection ends.
const net = require('net');
const server = net.createServer((s) => {
  server.close(() => console.log('server closed'));
  console.log('listening', server.listening);
  setTimeout(() => { console.log('ending connection'); s.end(); }, 20);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  c.resume();
  c.on('end', () => console.log('client end'));
});
