'use strict';
// setTimeout(0) removes a pending timeout: no timeout event.
const net = require('net');
const server = net.createServer((s) => { s.resume(); setTimeout(() => s.end(), 60); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    c.setTimeout(10);
    c.setTimeout(0);
    console.log('timeout property', c.timeout);
  });
  c.resume();
  c.on('timeout', () => console.log('timeout'));
  c.on('end', () => console.log('end'));
  c.on('close', () => server.close());
});
