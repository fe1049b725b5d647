// generateKeyPairSync for EC (named curves by NIST or OpenSSL name, both parameter
// encodings) and the Edwards/Montgomery curves; JWK and PEM outputs.
const c = require('crypto');
const { t } = require('./fixtures/keytest');

const data = Buffer.from('generated');
for (const namedCurve of ['P-256', 'prime256v1', 'P-384', 'secp384r1', 'P-521', 'secp256k1', 'secp224r1']) {
  const { publicKey, privateKey } = c.generateKeyPairSync('ec', { namedCurve });
  console.log(namedCurve, privateKey.asymmetricKeyDetails, publicKey.asymmetricKeyType,
    c.verify('sha256', data, publicKey, c.sign('sha256', data, privateKey)));
}
t('explicit', () => {
  const { publicKey } = c.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'explicit', publicKeyEncoding: { type: 'spki', format: 'pem' } });
  return [publicKey.split('\n')[0], publicKey.length > 300];
});
t('named sec1', () => c.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'named', privateKeyEncoding: { type: 'sec1', format: 'pem' } }).privateKey.split('\n')[0]);
t('jwk', () => {
  const { publicKey, privateKey } = c.generateKeyPairSync('ec', { namedCurve: 'P-384', publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
  return [publicKey.kty, publicKey.crv, Buffer.from(publicKey.x, 'base64').length, Object.keys(privateKey), Buffer.from(privateKey.d, 'base64').length];
});
t('secp224r1 jwk', () => c.generateKeyPairSync('ec', { namedCurve: 'secp224r1' }).privateKey.export({ format: 'jwk' }));
for (const type of ['ed25519', 'ed448', 'x25519', 'x448']) {
  const { publicKey, privateKey } = c.generateKeyPairSync(type);
  const jwk = privateKey.export({ format: 'jwk' });
  console.log(type, publicKey.asymmetricKeyType, privateKey.asymmetricKeyDetails, jwk.crv,
    Buffer.from(jwk.d, 'base64').length, Buffer.from(jwk.x, 'base64').length,
    type[0] === 'e' ? c.verify(null, data, publicKey, c.sign(null, data, privateKey)) : '-');
  t(`${type} pem`, () => c.generateKeyPairSync(type, { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }).publicKey.split('\n')[0]);
}
t('options ignored', () => c.generateKeyPairSync('ed25519', { modulusLength: 5 }).publicKey.type);
