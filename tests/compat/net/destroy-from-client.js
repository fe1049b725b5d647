'use strict';
// The client destroys: the accepted socket sees 'end' then 'close'(false).
const net = require('net');
const server = net.createServer((s) => {
  s.resume();
  for (const ev of ['end', 'error']) s.on(ev, () => console.log('server', ev));
  s.on('close', (h) => { console.log('server close', h); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => c.destroy());
});
