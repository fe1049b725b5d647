'use strict';
// The server destroys the accepted socket: the client sees 'end' then 'close'(false).
const net = require('net');
const server = net.createServer((s) => s.destroy());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  c.resume();
  for (const ev of ['end', 'error']) c.on(ev, () => console.log(ev));
  c.on('close', (h) => { console.log('close', h); server.close(); });
});
