'use strict';
// Server odds and ends: ref()/unref() return the server before and after listen,
// listen(port, host, backlog, cb) form, 'listening' vs callback order, address() keys,
// getConnections() after close (count 0, no error), close(cb) on a closed server
// (ERR_SERVER_NOT_RUNNING via the callback, asynchronously), address() after close.
const net = require('net');
const server = net.createServer();
console.log('ref/unref before listen', server.ref() === server, server.unref() === server, server.ref() === server);
server.on('listening', () => console.log('listening event', server.listening));
const ret = server.listen(0, '127.0.0.1', 5, () => {
  console.log('listen cb', Object.keys(server.address()).join(','), server.address().family);
  console.log('ref/unref after listen', server.unref() === server, server.ref() === server);
  server.getConnections((err, n) => console.log('getConnections while listening', err, n));
  server.close((err) => {
    console.log('first close cb', err, server.listening, server.address());
    server.getConnections((err2, n2) => console.log('getConnections after close', err2, n2));
    let sync = true;
    server.close((e) => console.log('second close cb', e.code, e.name, e.message, 'sync', sync));
    sync = false;
  });
  console.log('listening right after close()', server.listening);
});
console.log('listen returns server', ret === server);
