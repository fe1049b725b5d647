'use strict';
// setTimeout: 'timeout' fires on an idle socket and does not close it.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    c.setTimeout(20, () => console.log('callback'));
    console.log('timeout property', c.timeout);
  });
  c.on('timeout', () => { console.log('timeout', c.destroyed, c.readyState); c.destroy(); });
  c.on('close', () => { console.log('close'); server.close(); });
});
