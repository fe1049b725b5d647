'use strict';
// setTimeout() on a new socket before connect is kept: socket.timeout shows it and an
// idle socket gets 'timeout' (events are printed sorted: on a loaded machine the timer
// may fire before the connect completes).
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const seen = [];
  const c = new net.Socket();
  c.setTimeout(15);
  console.log('timeout property', c.timeout);
  c.connect(port, '127.0.0.1', () => seen.push('connect'));
  c.on('timeout', () => { seen.push('timeout'); setTimeout(() => c.destroy(), 50); });
  c.on('close', () => { console.log(seen.sort().join(' ')); server.close(); });
});
