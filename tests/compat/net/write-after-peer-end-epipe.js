'use strict';
// With allowHalfOpen false, a write after the peer ended gets EPIPE with the message Node uses.
const net = require('net');
const server = net.createServer((s) => {
  s.resume();
  s.on('end', () => setImmediate(() => s.write('late', (e) => console.log('callback', e.code, e.message))));
  s.on('error', (e) => console.log('error', e.code));
  s.on('close', (h) => { console.log('close', h); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  net.connect(port, '127.0.0.1', function() { this.end(); }).resume();
});
