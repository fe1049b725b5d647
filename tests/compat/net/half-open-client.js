'use strict';
// A client with allowHalfOpen true writes after the server ended.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  s.end('go');
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => { console.log('server got', got); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  c.resume();
  c.on('end', () => { console.log('client end', c.readyState); c.end('answer'); });
});
