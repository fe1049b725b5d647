'use strict';
// end(cb): the callback runs, then 'finish', then 'close'.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => c.end('bye', () => console.log('end callback')));
  c.on('finish', () => console.log('finish'));
  c.resume();
  c.on('close', () => { console.log('close'); server.close(); });
});
