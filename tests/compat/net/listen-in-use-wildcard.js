'use strict';
// listen() on a port another server holds: with a host, the error names that host;
// without one, the IPv6 wildcard (bound first, taking IPv4 too) is what reports it,
// as ':::port' (no fall-back to 0.0.0.0 for EADDRINUSE). Syscall 'listen' both times.
const net = require('net');
const a = net.createServer().listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const mask = (s) => String(s).split(String(port)).join('PORT');
  const b = net.createServer();
  b.on('error', (e) => {
    console.log('with host:', e.code, e.errno, e.syscall, e.address, mask(e.port), mask(e.message));
    const c = net.createServer();
    c.on('error', (e2) => {
      console.log('no host:', e2.code, e2.syscall, e2.address, mask(e2.port), mask(e2.message), 'listening', c.listening);
      a.close();
    });
    c.listen(port);
  });
  b.listen(port, '127.0.0.1');
});
