// RSA keys from PEM: PKCS#1 and PKCS#8 private, SPKI and PKCS#1 public; their
// details, and exports that give back the very files openssl wrote.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const pkcs8 = read('rsa-pkcs8.pem', 'utf8');
const pkcs1 = read('rsa-pkcs1.pem', 'utf8');
const spki = read('rsa-spki.pem', 'utf8');
const pkcs1pub = read('rsa-pkcs1-pub.pem', 'utf8');
const priv = c.createPrivateKey(pkcs8);
const priv1 = c.createPrivateKey(read('rsa-pkcs1.pem'));
const pub = c.createPublicKey(spki);
const pub1 = c.createPublicKey(Buffer.from(pkcs1pub));
for (const k of [priv, priv1, pub, pub1]) console.log(k.type, k.asymmetricKeyType, k.asymmetricKeyDetails);
console.log(priv.equals(priv1), pub.equals(pub1), priv.asymmetricKeyDetails === priv.asymmetricKeyDetails);
console.log(priv.export({ format: 'pem', type: 'pkcs8' }) === pkcs8);
console.log(priv.export({ format: 'pem', type: 'pkcs1' }) === pkcs1);
console.log(priv1.export({ format: 'pem', type: 'pkcs8' }) === pkcs8);
console.log(pub.export({ format: 'pem', type: 'spki' }) === spki);
console.log(pub.export({ format: 'pem', type: 'pkcs1' }) === pkcs1pub);
console.log(pub1.export({ format: 'pem', type: 'spki' }) === spki);
console.log(priv.export({ format: 'der', type: 'pkcs8' }).equals(read('rsa-pkcs8.der')));
console.log(priv.export({ format: 'der', type: 'pkcs1' }).equals(read('rsa-pkcs1.der')));
console.log(pub.export({ format: 'der', type: 'spki' }).equals(read('rsa-spki.der')));
t('pkcs1 pub der', () => pub.export({ format: 'der', type: 'pkcs1' }));
t('pub from private pem', () => c.createPublicKey(pkcs8).export({ format: 'pem', type: 'spki' }) === spki);
t('pub from pkcs1 pem', () => c.createPublicKey(pkcs1).equals(pub));
t('string view', () => c.createPrivateKey(new Uint8Array(Buffer.from(pkcs8))).type);
t('arraybuffer', () => { const b = Buffer.from(spki); return c.createPublicKey(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)).type; });
t('key object form', () => c.createPrivateKey({ key: pkcs1, format: 'pem' }).type);
t('type ignored for pem', () => c.createPrivateKey({ key: pkcs8, format: 'pem', type: 'pkcs1' }).type);
t('leading text', () => c.createPublicKey(`subject=whatever\n${spki}`).type);
