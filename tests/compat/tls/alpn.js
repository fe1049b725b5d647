'use strict';
// ALPN: the server picks from the client's list in its own order of preference.
const tls = require('tls');
const { pem, serverOptions } = require('./fixtures/common');

const server = tls.createServer(serverOptions('server', { ALPNProtocols: ['h2', 'http/1.1'] }), (s) => {
  console.log('server alpn', s.alpnProtocol);
  s.end();
});
server.listen(0, () => {
  const port = server.address().port;
  const c = tls.connect({ port, host: 'localhost', ca: pem('ca'), ALPNProtocols: ['http/1.1', 'h2'] }, () => {
    console.log('client alpn', c.alpnProtocol);
  });
  c.on('close', () => {
    const c2 = tls.connect({ port, host: 'localhost', ca: pem('ca'), ALPNProtocols: Buffer.from('\x08http/1.1') }, () => {
      console.log('client alpn (wire format)', c2.alpnProtocol);
    });
    c2.on('close', () => {
      const c3 = tls.connect({ port, host: 'localhost', ca: pem('ca') }, () => {
        console.log('client without alpn', c3.alpnProtocol);
      });
      c3.on('close', () => server.close());
    });
  });
});
