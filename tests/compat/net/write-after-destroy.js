'use strict';
// write() after destroy(): the callback gets ERR_STREAM_DESTROYED; no error event.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    c.destroy();
    console.log('returns', c.write('x', (e) => console.log('callback', e.code, e.message)));
  });
  c.on('error', (e) => console.log('error', e.code));
  c.on('close', (h) => { console.log('close', h); server.close(); });
});
