'use strict';
// Closing a unix socket server removes its socket file: listening again on the same
// path succeeds.
const net = require('net');
const path = `/tmp/protojs-compat-relisten-${process.pid}.sock`;
const a = net.createServer().listen(path, () => {
  a.close(() => {
    const b = net.createServer().listen(path, () => { console.log('listening again'); b.close(); });
    b.on('error', (e) => console.log('error', e.code));
  });
});
