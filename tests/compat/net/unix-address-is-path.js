'use strict';
// A server on a unix socket reports the path from address(); neither end has a remote
// address or port (the per-process path is printed as PATH).
const net = require('net');
const path = `/tmp/protojs-compat-address-${process.pid}.sock`;
try { require('fs').unlinkSync(path); } catch (e) { /* absent */ }
const server = net.createServer((s) => {
  console.log('server side', s.remoteAddress, s.remotePort, s.remoteFamily);
  s.end();
});
server.listen(path, () => {
  console.log(server.address() === path, typeof server.address());
  const c = net.connect(path, () => console.log('connect', c.remoteAddress, c.remotePort));
  c.resume();
  c.on('close', () => server.close(() => console.log('closed')));
});
