'use strict';
// maxConnections 0 means no limit in Node 20: the connection is accepted, no 'drop'.
const net = require('net');
const server = net.createServer((s) => { console.log('connection'); s.end(); });
server.maxConnections = 0;
server.on('drop', () => console.log('drop'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.resume();
  c.on('close', () => { console.log('close'); server.close(); });
});
