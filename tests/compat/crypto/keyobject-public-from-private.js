// createPublicKey from a private KeyObject or private key input, and the key object
// types each function accepts.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const priv = c.createPrivateKey(read('ec-P-521-pkcs8.pem'));
const pub = c.createPublicKey(priv);
console.log(pub.type, pub.asymmetricKeyType, pub.asymmetricKeyDetails, pub.equals(c.createPublicKey(read('ec-P-521-spki.pem'))));
console.log(pub.export({ format: 'pem', type: 'spki' }) === read('ec-P-521-spki.pem', 'utf8'));
t('priv still private', () => priv.export({ format: 'pem', type: 'pkcs8' }) === read('ec-P-521-pkcs8.pem', 'utf8'));
t('from {key: KeyObject}', () => c.createPublicKey({ key: priv }).equals(pub));
t('from public KeyObject', () => c.createPublicKey(pub));
t('from secret', () => c.createPublicKey(c.createSecretKey(Buffer.from('x'))));
t('private from KeyObject', () => c.createPrivateKey(priv));
t('private from {key: KeyObject}', () => c.createPrivateKey({ key: priv }));
t('private number', () => c.createPrivateKey(5));
t('public number', () => c.createPublicKey(5));
t('private {key: 5}', () => c.createPrivateKey({ key: 5 }));
t('public {key: 5}', () => c.createPublicKey({ key: 5 }));
t('public null', () => c.createPublicKey(null));
t('public undefined', () => c.createPublicKey());
t('public from pkcs8 der', () => c.createPublicKey({ key: priv.export({ format: 'der', type: 'pkcs8' }), format: 'der', type: 'pkcs8' }).equals(pub));
t('public from sec1 pem', () => c.createPublicKey(read('ec-P-256-sec1.pem')).asymmetricKeyDetails);
