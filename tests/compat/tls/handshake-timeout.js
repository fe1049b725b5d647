'use strict';
// handshakeTimeout: a client that connects and never sends its hello is dropped
// with ERR_TLS_HANDSHAKE_TIMEOUT, reported as 'tlsClientError' (the listener
// destroys the socket).
const tls = require('tls');
const net = require('net');
const { serverOptions } = require('./fixtures/common');

const server = tls.createServer(serverOptions('server', { handshakeTimeout: 50 }), () => console.log('unexpected'));
server.on('tlsClientError', (e, socket) => {
  console.log('tlsClientError', e.code, e.message, e.name, socket.destroyed);
  socket.destroy();
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.on('end', () => console.log('client end'));
  c.on('close', () => {
    console.log('client close');
    server.close();
  });
});
