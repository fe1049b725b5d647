'use strict';
// server.listening before listen, after listen, after close().
const net = require('net');
const server = net.createServer();
const out = [server.listening];
server.listen(0, () => {
  out.push(server.listening);
  server.close();
  out.push(server.listening);
  console.log(out.join(' '));
});
