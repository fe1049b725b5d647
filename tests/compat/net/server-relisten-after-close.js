'use strict';
// A closed server can listen() again: on a new TCP port, then on a unix path; each
// listen emits 'listening', each close 'close' (before the close callback), address()
// is null in between, and connections on the new port work.
const net = require('net');
const server = net.createServer((s) => s.end('hi'));
let n = 0;
server.on('listening', () => console.log('listening event', ++n, server.listening));
server.on('close', () => console.log('close event', n));
server.listen(0, '127.0.0.1', () => {
  server.close(() => {
    console.log('closed', server.address());
    server.listen(0, '127.0.0.1', () => {
      console.log('relisten', typeof server.address().port, server.address().port !== 0);
      const c = net.connect(server.address().port, '127.0.0.1');
      c.setEncoding('utf8');
      c.on('data', (d) => console.log('data', d));
      c.on('close', () => server.close(() => {
        // listen on a unix path, then tcp, with the same server
        const path = `/tmp/protojs-compat-relisten-kind-${process.pid}.sock`;
        server.listen(path, () => {
          console.log('unix address', server.address() === path);
          server.close(() => console.log('done', server.listening));
        });
      }));
    });
  });
});
