'use strict';
// read(n) returns exactly n bytes when buffered, null otherwise.
const net = require('net');
const server = net.createServer((s) => s.end("0123456789"));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  const parts = [];
  c.on('readable', () => { let chunk; while ((chunk = c.read(4)) !== null) parts.push(chunk.toString()); });
  c.on('end', () => { console.log(parts.join('|'), c.read()); server.close(); });
});
