// KeyObject: the exported class, instanceof for every kind, its constructor's checks
// and the shape of its prototype.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const secret = c.createSecretKey(Buffer.from('0123456789abcdef'));
const priv = c.createPrivateKey(read('rsa-pkcs8.pem'));
const pub = c.createPublicKey(read('rsa-spki.pem'));
console.log(typeof c.KeyObject, c.KeyObject.name, c.KeyObject.length);
console.log(Object.getOwnPropertyNames(c.KeyObject.prototype));
for (const k of [secret, priv, pub]) {
  console.log(k instanceof c.KeyObject, k.type, Object.getPrototypeOf(k).constructor.name,
    Object.getPrototypeOf(Object.getPrototypeOf(k)).constructor.name, Object.keys(k).length,
    Object.prototype.toString.call(k));
}
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(secret)));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(priv)));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(pub)));
console.log(secret.asymmetricKeyType, priv.symmetricKeySize, pub.symmetricKeySize);
t('new bad type', () => new c.KeyObject('x', {}));
t('new bad handle', () => new c.KeyObject('secret', {}));
t('new no handle', () => new c.KeyObject('public'));
t('equals string', () => secret.equals('x'));
t('equals other kind', () => secret.equals(priv));
t('equals pub/priv', () => pub.equals(priv));
console.log(typeof c.KeyObject.from);
t('from', () => c.KeyObject.from(secret));
