'use strict';
// While connecting, writes past the high-water mark return false; drain comes after connect.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  console.log(c.write(Buffer.alloc(10)), c.write(Buffer.alloc(20000)), c.writableLength);
  c.on('drain', () => { console.log('drain', c.writableLength); c.end(); });
  c.on('close', () => server.close());
});
