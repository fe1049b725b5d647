'use strict';
// Listening twice on one unix socket path: EADDRINUSE with the path as address
// (the per-process path is printed as PATH).
const net = require('net');
const path = `/tmp/protojs-compat-inuse-${process.pid}.sock`;
try { require('fs').unlinkSync(path); } catch (e) { /* absent */ }
const a = net.createServer().listen(path, () => {
  net.createServer().listen(path).on('error', (e) => {
    console.log(e.message.replace(path, 'PATH'), e.code, e.syscall, e.address === path, e.port);
    a.close();
  });
});
