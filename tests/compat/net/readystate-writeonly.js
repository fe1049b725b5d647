'use strict';
// With allowHalfOpen an accepted socket is 'writeOnly' after the peer ends.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  s.resume();
  s.on('end', () => {
    console.log('after end', s.readyState, s.readable, s.writable);
    s.end();
    console.log('after own end', s.readyState);
  });
  s.on('close', () => { console.log('closed', s.readyState); server.close(); });
});
server.listen(0, '127.0.0.1', () => net.connect(server.address().port, '127.0.0.1', function() { this.end(); }).resume());
