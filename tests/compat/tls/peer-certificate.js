'use strict';
// getPeerCertificate(): Node's fields for the server's certificate, and the
// chain with getPeerCertificate(true).
const tls = require('tls');
const crypto = require('crypto');
const { pem, serverOptions } = require('./fixtures/common');

function der(name) {
  const b64 = pem(name).toString().replace(/-----[A-Z ]+-----/g, '').replace(/\s/g, '');
  return Buffer.from(b64, 'base64');
}

const server = tls.createServer(serverOptions(), (s) => s.end());
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca') }, () => {
    const cert = c.getPeerCertificate();
    console.log('subject', JSON.stringify(cert.subject), Object.getPrototypeOf(cert.subject));
    console.log('issuer', JSON.stringify(cert.issuer));
    console.log('subjectaltname', cert.subjectaltname);
    console.log('ca', cert.ca, 'bits', cert.bits, 'exponent', cert.exponent);
    console.log('valid', cert.valid_from.length > 0, cert.valid_to.length > 0, /GMT$/.test(cert.valid_to));
    console.log('raw matches pem', Buffer.isBuffer(cert.raw) && cert.raw.equals(der('server')));
    const sha1 = crypto.createHash('sha1').update(cert.raw).digest('hex').toUpperCase().match(/../g).join(':');
    const sha256 = crypto.createHash('sha256').update(cert.raw).digest('hex').toUpperCase().match(/../g).join(':');
    console.log('fingerprints', cert.fingerprint === sha1, cert.fingerprint256 === sha256, cert.fingerprint512.length);
    console.log('serial hex', /^[0-9A-F]+$/.test(cert.serialNumber));
    console.log(cert.valid_from, '|', cert.valid_to, '|', cert.serialNumber, '|', cert.fingerprint256);
    console.log('modulus', /^[0-9A-F]{512}$/.test(cert.modulus), 'pubkey', Buffer.isBuffer(cert.pubkey));
    console.log('ext_key_usage', cert.ext_key_usage);
    console.log('issuerCertificate (not detailed)', cert.issuerCertificate);
    const detailed = c.getPeerCertificate(true);
    console.log('issuer CN', detailed.issuerCertificate.subject.CN, 'ca', detailed.issuerCertificate.ca);
    console.log('root is own issuer', detailed.issuerCertificate.issuerCertificate === detailed.issuerCertificate);
    console.log('own cert (client has none)', JSON.stringify(c.getCertificate()));
    c.end();
  });
  c.on('close', () => {
    console.log('after close', c.getPeerCertificate());
    server.close();
  });
});
