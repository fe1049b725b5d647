'use strict';
// Data flows both ways over a unix socket.
const net = require('net');
const path = `/tmp/protojs-compat-exchange-${process.pid}.sock`;
try { require('fs').unlinkSync(path); } catch (e) { /* absent */ }
const server = net.createServer((s) => s.pipe(s));
server.listen({ path }, () => {
  const c = net.connect({ path });
  c.setEncoding('utf8');
  c.end('over a unix socket');
  c.on('data', (d) => console.log('data', d));
  c.on('end', () => { console.log('end'); server.close(); });
});
