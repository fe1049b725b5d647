'use strict';
// ciphers picks the TLS 1.2 suite; getCiphers() lists OpenSSL's names.
const tls = require('tls');
const { pem, serverOptions, describe } = require('./fixtures/common');

const list = tls.getCiphers();
console.log(Array.isArray(list), list.includes('aes128-gcm-sha256'), list.includes('ecdhe-rsa-aes256-gcm-sha384'),
  list.includes('tls_aes_256_gcm_sha384'), list.every((c) => c === c.toLowerCase()));
console.log(tls.DEFAULT_CIPHERS.split(':').slice(0, 4).join(':'));
const server = tls.createServer(serverOptions('server', { ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384', honorCipherOrder: true }), (s) => s.end());
server.listen(0, () => {
  const port = server.address().port;
  const c = tls.connect({ port, host: 'localhost', ca: pem('ca'), maxVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256' }, () => {
    console.log(JSON.stringify(c.getCipher()));
  });
  c.on('close', () => {
    const c2 = tls.connect({ port, host: 'localhost', ca: pem('ca'), maxVersion: 'TLSv1.2', ciphers: 'AES128-SHA' });
    c2.on('error', (e) => console.log('client error', describe(e)));
    c2.on('close', () => server.close());
  });
});
server.on('tlsClientError', (e) => console.log('tlsClientError', describe(e)));
try {
  tls.createSecureContext({ ciphers: 'NOT-A-CIPHER' });
} catch (e) {
  console.log('bad ciphers', describe(e));
}
