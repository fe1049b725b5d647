'use strict';
// Client events for a simple exchange: connect, ready, data, end, finish, close.
const net = require('net');
const server = net.createServer((s) => s.end("hi"));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const events = [];
  const c = net.connect(port, '127.0.0.1');
  for (const ev of ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain'])
    c.on(ev, () => events.push(ev));
  c.on('close', () => { console.log(events.join(' ')); server.close(); });
});
