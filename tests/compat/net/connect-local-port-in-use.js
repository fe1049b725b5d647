'use strict';
// connect() with a localPort that is already taken (by a connected client, then by a
// listening server): Node 20 reports it as a 'bind' error: code EADDRINUSE, errno,
// syscall 'bind', address, port = the local port, message "bind EADDRINUSE
// 127.0.0.1:<localPort>" (ports masked), then 'close' with hadError true.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect({ port, host: '127.0.0.1' }, () => {
    const lp = a.localPort;
    const mask = (s) => String(s).split(String(port)).join('SPORT').split(String(lp)).join('LPORT');
    const b = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: lp });
    b.on('connect', () => console.log('b connected?!'));
    b.on('error', (e) => console.log('in use by client:', e.code, e.errno, e.syscall, e.address, mask(e.port), mask(e.message)));
    b.on('close', (h) => {
      console.log('close', h);
      const c = net.connect({ port: lp, host: '127.0.0.1', localPort: port });
      c.on('connect', () => console.log('c connected?!'));
      c.on('error', (e) => console.log('in use by server:', e.code, e.syscall, e.address, mask(e.port), mask(e.message)));
      c.on('close', (h2) => { console.log('close', h2); a.destroy(); server.close(); });
    });
  });
});
