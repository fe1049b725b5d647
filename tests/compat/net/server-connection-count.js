'use strict';
// Server connection accounting: getConnections() as clients come and go, maxConnections
// set before listen drops the extra client ('drop' once, the dropped client sees
// end/close without error), getConnections() after close() while a connection is
// still open, and 'close' only after the last one ends.
const net = require('net');
const server = net.createServer({ allowHalfOpen: false });
server.maxConnections = 2;
const sockets = [];
const log = (...a) => console.log(...a);
server.on('drop', () => log('drop'));
server.on('close', () => log('server close event'));
server.on('connection', (s) => {
  sockets.push(s);
  s.resume();
  server.getConnections((e, n) => log('connection', sockets.length, 'count', n));
  if (sockets.length === 2) {
    const extra = net.connect(server.address().port, '127.0.0.1');
    extra.resume();
    extra.on('error', (e) => log('extra error', e.code));
    extra.on('close', (h) => {
      log('extra close', h);
      sockets[0].destroy();
      sockets[0].on('close', () => {
        server.getConnections((e, n) => {
          log('after one destroyed', n);
          server.close(() => log('close cb'));
          server.getConnections((e2, n2) => log('after close()', e2, n2));
          setTimeout(() => sockets[1].end(), 20);
        });
      });
    });
  }
});
server.listen(0, '127.0.0.1', () => {
  for (let i = 0; i < 2; i++) {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.resume();
    c.on('error', (e) => log('client error', e.code));
  }
});
