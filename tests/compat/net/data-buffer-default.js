'use strict';
// Without setEncoding 'data' delivers Buffers.
const net = require('net');
const server = net.createServer((s) => s.end("abc"));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  c.on('data', (d) => console.log(Buffer.isBuffer(d), d.length, d.toString()));
  c.on('end', () => server.close());
});
