'use strict';
// After 'close' the handle is gone: remoteAddress/remoteFamily/localAddress/localPort read
// as undefined in Node 20 (remotePort too).
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.resume();
  c.on('close', () => {
    console.log(c.remoteAddress, c.remotePort, c.remoteFamily, c.localAddress, c.localPort);
    server.close();
  });
});
