'use strict';
// No common ALPN protocol: the server refuses the handshake.
const tls = require('tls');
const { pem, serverOptions, describe } = require('./fixtures/common');

const server = tls.createServer(serverOptions('server', { ALPNProtocols: ['h2'] }), () => console.log('unexpected'));
server.on('tlsClientError', (e) => console.log('tlsClientError', describe(e)));
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca'), ALPNProtocols: ['foo'] });
  c.on('secureConnect', () => console.log('unexpected secureConnect'));
  c.on('error', (e) => console.log('client error', describe(e)));
  c.on('close', () => server.close());
});
