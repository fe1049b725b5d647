// RSA-PSS keys, with and without parameters: their details, export, and JWK (which
// Node does not support for them).
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

for (const f of ['rsa-pss.pem', 'rsa-pss-params.pem']) {
  const pem = read(f, 'utf8');
  const k = c.createPrivateKey(pem);
  const pub = c.createPublicKey(k);
  console.log(f, k.asymmetricKeyType, k.asymmetricKeyDetails, pub.asymmetricKeyDetails);
  console.log(k.export({ type: 'pkcs8', format: 'pem' }) === pem);
  t('spki', () => c.createPublicKey(pub.export({ type: 'spki', format: 'pem' })).equals(pub));
  t('jwk', () => k.export({ format: 'jwk' }));
  t('pub jwk', () => pub.export({ format: 'jwk' }));
  t('pkcs1', () => k.export({ type: 'pkcs1', format: 'pem' }));
}
