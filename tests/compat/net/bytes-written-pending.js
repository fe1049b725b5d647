'use strict';
// bytesWritten includes data still queued while connecting.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  c.write('abc');
  c.write(Buffer.alloc(10));
  console.log(c.bytesWritten, c.writableLength);
  c.end();
  c.on('close', () => { console.log(c.bytesWritten); server.close(); });
});
