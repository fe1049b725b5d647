'use strict';
// A 'readable' listener with read() sees all data, then 'end'.
const net = require('net');
const server = net.createServer((s) => s.end("abcdef"));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  let got = '';
  c.on('readable', () => { let chunk; while ((chunk = c.read()) !== null) got += chunk; });
  c.on('end', () => { console.log('got', got); server.close(); });
});
