'use strict';
// createServer options reach accepted sockets (allowHalfOpen).
const net = require('net');
const server = net.createServer({ allowHalfOpen: true, pauseOnConnect: true }, (s) => {
  console.log(s.allowHalfOpen, s.isPaused());
  s.destroy();
  server.close();
});
server.listen(0, '127.0.0.1', () => net.connect(server.address().port, '127.0.0.1').on('error', () => {}));
