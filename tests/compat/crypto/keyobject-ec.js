// EC keys on P-256, P-384, P-521 and secp256k1: PKCS#8, SEC1 and SPKI PEM, their
// curve names, exports in each encoding and as JWK.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

for (const curve of ['P-256', 'P-384', 'P-521', 'secp256k1']) {
  const pem = read(`ec-${curve}-pkcs8.pem`, 'utf8');
  const spki = read(`ec-${curve}-spki.pem`, 'utf8');
  const priv = c.createPrivateKey(pem);
  const pub = c.createPublicKey(spki);
  console.log(curve, priv.asymmetricKeyType, priv.asymmetricKeyDetails, pub.asymmetricKeyDetails);
  console.log(priv.export({ format: 'pem', type: 'pkcs8' }) === pem, pub.export({ format: 'pem', type: 'spki' }) === spki,
    c.createPublicKey(priv).equals(pub));
  t('jwk', () => priv.export({ format: 'jwk' }));
  t('pub jwk', () => pub.export({ format: 'jwk' }));
  t('sec1 der', () => priv.export({ format: 'der', type: 'sec1' }));
  t('sec1 roundtrip', () => c.createPrivateKey({ key: priv.export({ format: 'der', type: 'sec1' }), format: 'der', type: 'sec1' }).equals(priv));
}
const sec1 = read('ec-P-256-sec1.pem', 'utf8');
const k = c.createPrivateKey(sec1);
console.log(k.export({ format: 'pem', type: 'sec1' }) === sec1, k.equals(c.createPrivateKey(read('ec-P-256-pkcs8.pem'))));
t('pkcs1 of ec', () => k.export({ format: 'pem', type: 'pkcs1' }));
t('sec1 encrypted pem', () => c.createPrivateKey({ key: k.export({ format: 'pem', type: 'sec1', cipher: 'aes-128-cbc', passphrase: 'p' }), passphrase: 'p' }).equals(k));
t('sec1 encrypted der', () => k.export({ format: 'der', type: 'sec1', cipher: 'aes-128-cbc', passphrase: 'p' }));
