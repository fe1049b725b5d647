'use strict';
// Unix socket servers: listen({ path, readableAll, writableAll }) sets mode 777, address()
// is the path, address fields of both ends read as undefined and address() as {}, the
// file is removed on close, and an abstract socket ('\0name') listens and connects.
const net = require('net');
const fs = require('fs');
const path = `/tmp/protojs-compat-unixdetails-${process.pid}.sock`;
const server = net.createServer((s) => {
  console.log('server side', JSON.stringify(s.remoteAddress), s.remotePort, s.remoteFamily, JSON.stringify(s.localAddress), s.localPort, JSON.stringify(s.address()));
  s.end('x');
});
server.listen({ path, readableAll: true, writableAll: true }, () => {
  console.log('address', server.address() === path, (fs.statSync(path).mode & 0o777).toString(8));
  const c = net.connect(path, () => {
    console.log('client', JSON.stringify(c.remoteAddress), c.remotePort, c.remoteFamily, JSON.stringify(c.localAddress), JSON.stringify(c.address()));
  });
  c.resume();
  c.on('close', () => {
    server.close(() => {
      console.log('file exists after close', fs.existsSync(path));
      const abs = '\0protojs-abstract-' + process.pid;
      const s2 = net.createServer((s) => s.end());
      s2.listen(abs, () => {
        console.log('abstract address', JSON.stringify(s2.address()) === JSON.stringify(abs));
        const d = net.connect(abs, () => console.log('abstract connected'));
        d.resume();
        d.on('close', () => s2.close(() => console.log('abstract closed')));
      });
      s2.on('error', (e) => console.log('abstract error', e.code));
    });
  });
});
