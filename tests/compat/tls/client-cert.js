'use strict';
// requestCert: the server verifies the client's certificate against its ca.
const tls = require('tls');
const { pem, serverOptions } = require('./fixtures/common');

const server = tls.createServer(serverOptions('server', { requestCert: true, rejectUnauthorized: false, ca: pem('ca') }), (s) => {
  const cert = s.getPeerCertificate();
  console.log('server: authorized', s.authorized, 'error', s.authorizationError, 'peer CN', cert.subject?.CN);
  s.end('bye');
});
server.listen(0, () => {
  const port = server.address().port;
  const c = tls.connect({ port, host: 'localhost', ca: pem('ca'), key: pem('client-key'), cert: pem('client') }, () => {
    console.log('client: own cert CN', c.getCertificate().subject.CN);
  });
  c.resume();
  c.on('close', () => {
    const c2 = tls.connect({ port, host: 'localhost', ca: pem('ca'), key: pem('self-key'), cert: pem('self') });
    c2.resume();
    c2.on('close', () => {
      const c3 = tls.connect({ port, host: 'localhost', ca: pem('ca') });
      c3.resume();
      c3.on('close', () => server.close());
    });
  });
});
