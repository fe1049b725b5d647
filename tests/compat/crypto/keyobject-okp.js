// Ed25519, Ed448, X25519 and X448 keys: PEM in and out, empty details, JWK out and
// back in.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

for (const name of ['ed25519', 'ed448', 'x25519', 'x448']) {
  const pem = read(`${name}.pem`, 'utf8');
  const spki = read(`${name}-spki.pem`, 'utf8');
  const priv = c.createPrivateKey(pem);
  const pub = c.createPublicKey(spki);
  console.log(name, priv.type, priv.asymmetricKeyType, priv.asymmetricKeyDetails, pub.asymmetricKeyType);
  console.log(priv.export({ format: 'pem', type: 'pkcs8' }) === pem, pub.export({ format: 'pem', type: 'spki' }) === spki,
    c.createPublicKey(priv).equals(pub), c.createPublicKey(pem).equals(pub));
  const jwk = priv.export({ format: 'jwk' });
  console.log(jwk, pub.export({ format: 'jwk' }));
  t('jwk in', () => c.createPrivateKey({ key: jwk, format: 'jwk' }).equals(priv));
  t('jwk pub in', () => c.createPublicKey({ key: jwk, format: 'jwk' }).equals(pub));
  t('der', () => priv.export({ format: 'der', type: 'pkcs8' }));
  t('sec1', () => priv.export({ format: 'der', type: 'sec1' }));
}
