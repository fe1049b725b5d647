// createPublicKey from an X.509 certificate (PEM): the certificate's key.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const cert = read('cert.pem', 'utf8');
const k = c.createPublicKey(cert);
console.log(k.type, k.asymmetricKeyType, k.asymmetricKeyDetails);
console.log(k.equals(c.createPublicKey(read('rsa-spki.pem'))));
t('buffer', () => c.createPublicKey(Buffer.from(cert)).type);
t('private from cert', () => c.createPrivateKey(cert));
t('truncated', () => c.createPublicKey(cert.slice(0, 200) + '\n-----END CERTIFICATE-----\n'));
