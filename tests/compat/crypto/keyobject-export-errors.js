// KeyObject.export option checks for public and private keys: formats, types,
// ciphers and passphrases, as Node validates them.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const rsa = c.createPrivateKey(read('rsa-pkcs8.pem'));
const pub = c.createPublicKey(rsa);
const ec = c.createPrivateKey(read('ec-P-256-pkcs8.pem'));
t('priv no options', () => rsa.export());
t('priv {}', () => rsa.export({}));
t('priv pem no type', () => rsa.export({ format: 'pem' }));
t('priv bad format', () => rsa.export({ format: 'xml', type: 'pkcs8' }));
t('priv spki', () => rsa.export({ format: 'pem', type: 'spki' }));
t('priv sec1 rsa', () => rsa.export({ format: 'pem', type: 'sec1' }));
t('priv cipher number', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 5, passphrase: 'x' }));
t('priv cipher no pass', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc' }));
t('priv pass no cipher', () => rsa.export({ format: 'pem', type: 'pkcs8', passphrase: 'x' }));
t('priv unknown cipher', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }));
t('priv der pkcs1 cipher', () => rsa.export({ format: 'der', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: 'x' }));
t('priv der sec1 cipher', () => ec.export({ format: 'der', type: 'sec1', cipher: 'aes-128-cbc', passphrase: 'x' }));
t('priv jwk pass', () => rsa.export({ format: 'jwk', passphrase: 'x' }));
t('priv string', () => rsa.export('pem'));
t('pub no options', () => pub.export());
t('pub pem default', () => pub.export({ format: 'pem' }));
t('pub pkcs8', () => pub.export({ format: 'pem', type: 'pkcs8' }));
t('pub sec1', () => pub.export({ format: 'pem', type: 'sec1' }));
t('pub der no type', () => pub.export({ format: 'der' }));
t('pub ec pkcs1', () => c.createPublicKey(ec).export({ format: 'der', type: 'pkcs1' }));
t('pub cipher ignored', () => pub.export({ format: 'pem', type: 'spki', cipher: 'aes-128-cbc' }).slice(0, 26));
t('pkcs8 encrypted', () => {
  const pem = rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: Buffer.from('pw') });
  return [pem.split('\n')[0], c.createPrivateKey({ key: pem, passphrase: 'pw' }).equals(rsa)];
});
t('pkcs1 encrypted', () => {
  const pem = rsa.export({ format: 'pem', type: 'pkcs1', cipher: 'des-ede3-cbc', passphrase: 'pw' });
  return [pem.split('\n').slice(0, 2), pem.split('\n')[2].slice(0, 21), c.createPrivateKey({ key: pem, passphrase: 'pw' }).equals(rsa)];
});
t('pkcs1 encrypted wrong pass', () => {
  const pem = rsa.export({ format: 'pem', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: 'pw' });
  return c.createPrivateKey({ key: pem, passphrase: 'px' });
});
