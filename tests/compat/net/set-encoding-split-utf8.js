'use strict';
// A UTF-8 character split across two TCP segments is decoded whole.
const net = require('net');
const server = net.createServer((s) => {
  const euro = Buffer.from('€');
  s.write(euro.subarray(0, 1), () => setTimeout(() => s.end(euro.subarray(1)), 10));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  c.setEncoding('utf8');
  const chunks = [];
  c.on('data', (d) => chunks.push(d));
  c.on('end', () => { console.log(JSON.stringify(chunks.join(''))); server.close(); });
});
