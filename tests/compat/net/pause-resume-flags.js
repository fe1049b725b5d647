'use strict';
// pause()/resume() on a connected socket toggle isPaused and readableFlowing.
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    console.log(c.isPaused(), c.readableFlowing);
    c.pause();
    console.log(c.isPaused(), c.readableFlowing);
    c.resume();
    console.log(c.isPaused(), c.readableFlowing);
  });
  c.on('close', () => server.close());
});
