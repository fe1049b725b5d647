'use strict';
// A small write on a connected socket returns true and updates bytesWritten after the callback.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    console.log(c.write('hello', () => { console.log('cb', c.bytesWritten); c.end(); }));
  });
  c.on('close', () => server.close());
});
