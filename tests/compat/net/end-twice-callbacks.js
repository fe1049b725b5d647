'use strict';
// end() twice: the second callback also runs once the stream finished.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    c.end(() => console.log('first end cb'));
    c.end(() => console.log('second end cb'));
  });
  c.resume();
  c.on('close', () => { console.log('close'); server.close(); });
});
