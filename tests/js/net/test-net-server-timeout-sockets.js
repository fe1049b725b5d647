'use strict';
// An accepted socket can time out too: the server arms setTimeout on it and ends it.
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  sock.setTimeout(20);
  sock.on('timeout', mustCall(() => {
    // Writing re-arms the idle timer; disarm it so a slow peer cannot cause a second one.
    sock.setTimeout(0);
    sock.end('timed out');
  }));
}));
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port);
  client.resume();
  client.on('end', mustCall());
  client.on('close', mustCall(() => server.close()));
}));
