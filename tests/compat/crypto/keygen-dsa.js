// DSA: generateKeyPairSync/generateKeyPair with modulusLength and divisorLength,
// key details, signatures in DER and IEEE P1363, export, and the option errors.
const c = require('crypto');
const { t } = require('./fixtures/keytest');

const data = Buffer.from('dsa data');
const { publicKey, privateKey } = c.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
console.log(privateKey.asymmetricKeyType, privateKey.asymmetricKeyDetails, publicKey.asymmetricKeyDetails);
t('sign der', () => { const s = c.sign('sha256', data, privateKey); return [s[0], c.verify('sha256', data, publicKey, s)]; });
t('sign p1363', () => {
  const s = c.sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return [s.length, c.verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, s), c.verify('sha256', data, publicKey, s)];
});
t('createSign', () => c.createVerify('sha1').update(data).verify(publicKey, c.createSign('sha1').update(data).sign(privateKey)));
t('pem roundtrip', () => c.createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })).equals(privateKey));
t('spki roundtrip', () => c.createPublicKey(publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
  .replace(/^/, '-----BEGIN PUBLIC KEY-----\n').replace(/$/, '\n-----END PUBLIC KEY-----\n')).equals(publicKey));
t('default divisor', () => c.generateKeyPairSync('dsa', { modulusLength: 1024 }).privateKey.asymmetricKeyDetails);
t('jwk', () => privateKey.export({ format: 'jwk' }));
t('pkcs1', () => privateKey.export({ format: 'pem', type: 'pkcs1' }));
t('no options', () => c.generateKeyPairSync('dsa'));
t('no length', () => c.generateKeyPairSync('dsa', {}));
t('divisor negative', () => c.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: -1 }));
t('divisor string', () => c.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: '160' }));
t('too small', () => c.generateKeyPairSync('dsa', { modulusLength: 256 }));
c.generateKeyPair('dsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' } }, (err, pub, priv) => {
  console.log('async', err, pub.split('\n')[0], priv.asymmetricKeyDetails);
});
