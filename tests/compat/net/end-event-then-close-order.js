'use strict';
// Client with data from server: 'data' before 'end', 'end' before 'close', 'finish' too.
const net = require('net');
const server = net.createServer((s) => { s.write('a'); s.end('b'); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1');
  const ev = [];
  c.on('data', (d) => ev.push('data:' + d));
  c.on('end', () => ev.push('end'));
  c.on('finish', () => ev.push('finish'));
  c.on('close', () => { ev.push('close'); console.log(ev.join(' ').replace('data:a data:b', 'data:ab')); server.close(); });
});
