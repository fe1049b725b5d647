'use strict';
// minVersion/maxVersion bound the protocol; no overlap fails the handshake.
const tls = require('tls');
const { pem, serverOptions, describe } = require('./fixtures/common');

console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION);
const server = tls.createServer(serverOptions('server', { minVersion: 'TLSv1.2' }), (s) => s.end());
server.on('tlsClientError', (e) => console.log('tlsClientError', describe(e)));
server.listen(0, () => {
  const port = server.address().port;
  const c = tls.connect({ port, host: 'localhost', ca: pem('ca'), maxVersion: 'TLSv1.2' }, () => {
    const cipher = c.getCipher();
    console.log('protocol', c.getProtocol(), 'cipher version', cipher.version, typeof cipher.name, typeof cipher.standardName);
  });
  c.on('close', () => {
    const c2 = tls.connect({ port, host: 'localhost', ca: pem('ca'), minVersion: 'TLSv1.3' }, () => {
      console.log('protocol', c2.getProtocol(), JSON.stringify(c2.getCipher()));
    });
    c2.on('close', () => {
      const c3 = tls.connect({ port, host: 'localhost', ca: pem('ca'), maxVersion: 'TLSv1.1', minVersion: 'TLSv1' });
      c3.on('error', (e) => console.log('client error', describe(e)));
      c3.on('close', () => server.close());
    });
  });
});
