'use strict';
// options.checkServerIdentity decides; its error becomes the socket's error.
const tls = require('tls');
const { pem, serverOptions } = require('./fixtures/common');

const server = tls.createServer(serverOptions('wronghost'), (s) => s.end());
server.on('tlsClientError', () => {});
server.listen(0, () => {
  const port = server.address().port;
  const seen = [];
  const c1 = tls.connect({
    port, host: 'localhost', ca: pem('ca'),
    checkServerIdentity(host, cert) {
      seen.push(`${host} ${cert.subject.CN} ${typeof cert.issuerCertificate}`);
      return undefined;
    },
  }, () => {
    console.log('accepted', c1.authorized, seen.join());
    c1.end();
  });
  c1.on('close', () => {
    const c2 = tls.connect({
      port, host: 'localhost', ca: pem('ca'),
      checkServerIdentity() {
        const e = new Error('nope');
        e.code = 'MY_CODE';
        return e;
      },
    });
    c2.on('error', (e) => console.log('rejected', e.code, e.message));
    c2.on('close', () => {
      const c3 = tls.connect({ port, host: 'localhost', ca: pem('ca'), rejectUnauthorized: false, checkServerIdentity: () => new Error('bad name') }, () => {
        console.log('not rejected', c3.authorized, c3.authorizationError);
        c3.destroy();
        server.close();
      });
    });
  });
});
