'use strict';
// write() after end(): callback and error event get ERR_STREAM_WRITE_AFTER_END.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    c.end();
    console.log('returns', c.write('x', (e) => console.log('callback', e.code, e.message)));
  });
  c.on('error', (e) => console.log('error', e.name, e.code, e.message));
  c.on('close', (h) => { console.log('close', h); server.close(); });
});
