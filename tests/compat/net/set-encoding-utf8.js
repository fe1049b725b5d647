'use strict';
// setEncoding('utf8') decodes the received bytes (utf8).
const net = require('net');
const server = net.createServer((s) => s.end(Buffer.from([0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0x00, 0xff, 0x41])));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  c.setEncoding('utf8');
  let out = '';
  c.on('data', (d) => { out += d; });
  c.on('end', () => { console.log(typeof out, JSON.stringify(out)); server.close(); });
});
