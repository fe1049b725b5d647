'use strict';
// Events on an accepted socket when the client sends and ends: data, end, finish, close.
const net = require('net');
const server = net.createServer((s) => {
  const events = [];
  for (const ev of ['connect', 'ready', 'data', 'end', 'finish', 'close', 'error']) s.on(ev, () => events.push(ev));
  s.on('close', (h) => { console.log(events.join(' '), h); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  net.connect(port, '127.0.0.1', function() { this.end('x'); }).resume();
});
