'use strict';
// end(data) while still connecting sends the data once connected, then ends.
const net = require('net');
const server = net.createServer((s) => {
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => { console.log('server got', got); s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  c.end('early data');
  console.log('after end', c.connecting, c.readyState);
  c.resume();
  c.on('connect', () => console.log('connect'));
  c.on('finish', () => console.log('finish'));
});
