'use strict';
// A certificate for other hosts: ERR_TLS_CERT_ALTNAME_INVALID with reason and host.
const tls = require('tls');
const { pem, serverOptions } = require('./fixtures/common');

const server = tls.createServer(serverOptions('wronghost'));
server.on('tlsClientError', () => {});
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca') });
  c.on('secureConnect', () => console.log('unexpected'));
  c.on('error', (err) => {
    console.log(err.code, err.name);
    console.log(err.message);
    console.log('reason:', err.reason);
    console.log('host:', err.host, 'cert CN:', err.cert.subject.CN);
  });
  c.on('close', () => {
    // The same certificate is fine when the name matches (servername).
    const c2 = tls.connect({ port: server.address().port, host: 'localhost', servername: 'a.example.org', ca: pem('ca') }, () => {
      console.log('servername a.example.org authorized', c2.authorized, c2.servername);
      c2.end();
    });
    c2.on('close', () => server.close());
  });
});
