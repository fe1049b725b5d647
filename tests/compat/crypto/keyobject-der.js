// DER keys: PKCS#1, PKCS#8 and SPKI with format 'der' and a type; the type is
// required, and DER of the wrong kind fails with OpenSSL's error.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const pkcs8 = read('rsa-pkcs8.der');
const pkcs1 = read('rsa-pkcs1.der');
const spki = read('rsa-spki.der');
const ref = c.createPrivateKey(read('rsa-pkcs8.pem'));
t('pkcs8', () => c.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).equals(ref));
t('pkcs1', () => c.createPrivateKey({ key: pkcs1, format: 'der', type: 'pkcs1' }).equals(ref));
t('spki', () => c.createPublicKey({ key: spki, format: 'der', type: 'spki' }).asymmetricKeyDetails);
t('pub pkcs1', () => c.createPublicKey({ key: ref.export({ format: 'der', type: 'pkcs1' }), format: 'der', type: 'pkcs1' }).type);
t('pub from pkcs8', () => c.createPublicKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).type);
t('pub from pkcs1 private', () => c.createPublicKey({ key: pkcs1, format: 'der', type: 'pkcs1' }).type);
t('no type', () => c.createPrivateKey({ key: pkcs8, format: 'der' }));
t('spki for private', () => c.createPrivateKey({ key: spki, format: 'der', type: 'spki' }));
t('pkcs8 for public', () => c.createPublicKey({ key: spki, format: 'der', type: 'pkcs8' }));
t('pkcs1 of spki', () => c.createPublicKey({ key: spki, format: 'der', type: 'pkcs1' }));
t('pkcs8 of pkcs1', () => c.createPrivateKey({ key: pkcs1, format: 'der', type: 'pkcs8' }));
t('sec1 of rsa', () => c.createPrivateKey({ key: pkcs1, format: 'der', type: 'sec1' }));
t('garbage', () => c.createPrivateKey({ key: Buffer.from('x'), format: 'der', type: 'pkcs8' }));
t('empty', () => c.createPublicKey({ key: Buffer.alloc(0), format: 'der', type: 'spki' }));
t('base64 string', () => c.createPublicKey({ key: spki.toString('base64'), format: 'der', type: 'spki', encoding: 'base64' }).type);
t('bad format', () => c.createPrivateKey({ key: pkcs8, format: 'raw', type: 'pkcs8' }));
t('bad type', () => c.createPrivateKey({ key: pkcs8, format: 'der', type: 'x509' }));
t('encrypted der', () => {
  const der = ref.export({ format: 'der', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: 'pw' });
  return c.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'pw' }).equals(ref);
});
t('encrypted der no pass', () => {
  const der = ref.export({ format: 'der', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: 'pw' });
  return c.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
});
