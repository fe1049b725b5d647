'use strict';
// Writes queued while connecting are sent in order after connect; write() returns true.
const net = require('net');
const server = net.createServer((s) => {
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { got += d; });
  s.on('end', () => { console.log('server got', got); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  console.log(c.write('a'), c.write('b'), c.writableLength);
  c.end('c');
});
