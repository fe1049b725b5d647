'use strict';
// destroy() before the connect completes: only 'close'(false).
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => console.log('connect'));
  c.on('error', (e) => console.log('error', e.code));
  c.on('close', (h) => { console.log('close', h, c.connecting, c.readyState); server.close(); });
  c.destroy();
  console.log('destroyed', c.destroyed, c.connecting, c.readyState);
});
