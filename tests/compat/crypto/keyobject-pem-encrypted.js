// Encrypted PKCS#8 PEM: the passphrase as a string or buffer (with an encoding),
// a wrong or missing one, and a public key from it.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const enc = read('rsa-pkcs8-enc.pem', 'utf8');
const plain = c.createPrivateKey(read('rsa-pkcs8.pem'));
t('string', () => c.createPrivateKey({ key: enc, passphrase: 'secret' }).equals(plain));
t('buffer', () => c.createPrivateKey({ key: Buffer.from(enc), passphrase: Buffer.from('secret') }).equals(plain));
t('hex encoding', () => c.createPrivateKey({ key: enc, passphrase: '736563726574', encoding: 'hex' }).equals(plain));
t('missing', () => c.createPrivateKey(enc));
t('missing object', () => c.createPrivateKey({ key: enc }));
t('wrong', () => c.createPrivateKey({ key: enc, passphrase: 'wrong' }));
t('empty', () => c.createPrivateKey({ key: enc, passphrase: '' }));
t('number', () => c.createPrivateKey({ key: enc, passphrase: 5 }));
t('null', () => c.createPrivateKey({ key: enc, passphrase: null }));
t('public', () => c.createPublicKey({ key: enc, passphrase: 'secret' }).equals(c.createPublicKey(plain)));
t('public missing', () => c.createPublicKey(enc));
t('unencrypted with pass', () => c.createPrivateKey({ key: read('rsa-pkcs8.pem'), passphrase: 'x' }).type);
