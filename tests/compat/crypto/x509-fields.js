// X509Certificate of a fixed certificate (PEM and DER): subject, issuer,
// subjectAltName, validity, fingerprints, serial number, ca, raw, publicKey,
// toString/toJSON, inspect and the legacy object.
const c = require('crypto');
const util = require('util');
const { read, t } = require('./fixtures/keytest');

const pem = read('cert.pem', 'utf8');
const x = new c.X509Certificate(pem);
for (const k of ['subject', 'issuer', 'subjectAltName', 'infoAccess', 'validFrom', 'validTo', 'fingerprint',
  'fingerprint256', 'fingerprint512', 'serialNumber', 'ca', 'keyUsage', 'issuerCertificate']) {
  console.log(k, JSON.stringify(x[k]));
}
console.log(x.raw.length, x.raw.toString('base64').slice(0, 40), x.subject === x.subject);
console.log(x.publicKey.type, x.publicKey.asymmetricKeyType, x.publicKey.equals(c.createPublicKey(read('rsa-spki.pem'))),
  x.publicKey === x.publicKey);
console.log(x.toString() === pem, x.toJSON() === pem, JSON.stringify({ x }).length);
const der = new c.X509Certificate(x.raw);
console.log(der.fingerprint256 === x.fingerprint256, der.toString() === pem);
console.log(new c.X509Certificate(Buffer.from(pem)).serialNumber, new c.X509Certificate(new Uint8Array(x.raw)).subject);
console.log(util.inspect(x));
console.log(util.inspect({ x }, { depth: 0 }));
const legacy = x.toLegacyObject();
console.log(Object.keys(legacy), legacy.subject, legacy.issuer, legacy.bits, legacy.exponent,
  legacy.modulus.slice(0, 16), legacy.pubkey.length, legacy.raw.equals(x.raw));
console.log(x instanceof c.X509Certificate, c.X509Certificate.length, Object.keys(x));
t('garbage', () => new c.X509Certificate('garbage'));
t('key pem', () => new c.X509Certificate(read('rsa-spki.pem')));
t('number', () => new c.X509Certificate(5));
t('arraybuffer', () => new c.X509Certificate(x.raw.buffer));
