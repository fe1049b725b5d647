'use strict';
// A socket paused before connect buffers data until resume().
const net = require('net');
const server = net.createServer((s) => s.end("hello"));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  c.pause();
  c.on('data', (d) => console.log('data', d.toString()));
  c.on('end', () => { console.log('end'); server.close(); });
  c.on('connect', () => setTimeout(() => { console.log('resume', c.isPaused()); c.resume(); }, 20));
});
