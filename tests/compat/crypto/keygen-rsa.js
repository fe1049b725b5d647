// generateKeyPairSync for RSA and RSA-PSS: details of the keys made, which sign and
// verify together; encodings of the output.
const c = require('crypto');
const { t } = require('./fixtures/keytest');

const data = Buffer.from('generated');
for (const [type, opts] of [
  ['rsa', { modulusLength: 1024 }],
  ['rsa', { modulusLength: 1536, publicExponent: 3 }],
  ['rsa-pss', { modulusLength: 1024 }],
  ['rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha512', saltLength: 16 }],
]) {
  const { publicKey, privateKey } = c.generateKeyPairSync(type, opts);
  const sig = c.sign('sha256', data, privateKey);
  console.log(type, publicKey.type, privateKey.type, privateKey.asymmetricKeyType, privateKey.asymmetricKeyDetails,
    publicKey.asymmetricKeyDetails, sig.length, c.verify('sha256', data, publicKey, sig),
    c.createPublicKey(privateKey).equals(publicKey));
}
t('pem pkcs1', () => {
  const { publicKey, privateKey } = c.generateKeyPairSync('rsa', {
    modulusLength: 1024,
    publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  return [publicKey.split('\n')[0], privateKey.split('\n')[0], c.verify('sha1', data, publicKey, c.sign('sha1', data, privateKey))];
});
t('der', () => {
  const { publicKey, privateKey } = c.generateKeyPairSync('rsa', {
    modulusLength: 1024,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  return [Buffer.isBuffer(publicKey), publicKey.length, Buffer.isBuffer(privateKey),
    c.createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8' }).asymmetricKeyDetails];
});
t('encrypted', () => {
  const { privateKey } = c.generateKeyPairSync('rsa', {
    modulusLength: 1024,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-192-cbc', passphrase: 'top secret' },
  });
  return [privateKey.split('\n')[0], c.createPrivateKey({ key: privateKey, passphrase: 'top secret' }).type];
});
t('jwk', () => Object.keys(c.generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { format: 'jwk' } }).privateKey));
t('pss jwk', () => c.generateKeyPairSync('rsa-pss', { modulusLength: 1024, privateKeyEncoding: { format: 'jwk' } }));
