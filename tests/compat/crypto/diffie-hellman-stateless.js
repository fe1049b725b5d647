// crypto.diffieHellman({ privateKey, publicKey }) for X25519, X448 and EC keys:
// both sides agree; fixed keys give a fixed secret; mismatched keys fail.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const x = c.createPrivateKey(read('x25519.pem'));
const xPeer = c.createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', x: 'AAAA', d: Buffer.alloc(32, 7).toString('base64url') }, format: 'jwk' });
t('x25519 fixed', () => c.diffieHellman({ privateKey: x, publicKey: c.createPublicKey(xPeer) }));
t('x25519 agree', () => c.diffieHellman({ privateKey: x, publicKey: c.createPublicKey(xPeer) }).equals(c.diffieHellman({ privateKey: xPeer, publicKey: c.createPublicKey(x) })));
t('x25519 private as public', () => c.diffieHellman({ privateKey: x, publicKey: xPeer }).length);
const x448 = c.createPrivateKey(read('x448.pem'));
const x448b = c.generateKeyPairSync('x448');
t('x448 agree', () => c.diffieHellman({ privateKey: x448, publicKey: x448b.publicKey }).equals(c.diffieHellman({ privateKey: x448b.privateKey, publicKey: x448 })));
for (const curve of ['P-256', 'P-384', 'P-521', 'secp256k1']) {
  const a = c.createPrivateKey(read(`ec-${curve}-pkcs8.pem`));
  const b = c.generateKeyPairSync('ec', { namedCurve: curve });
  t(`ec ${curve}`, () => {
    const s = c.diffieHellman({ privateKey: a, publicKey: b.publicKey });
    return [s.length, s.equals(c.diffieHellman({ privateKey: b.privateKey, publicKey: c.createPublicKey(read(`ec-${curve}-spki.pem`)) }))];
  });
}
const ec = c.createPrivateKey(read('ec-P-256-pkcs8.pem'));
t('ec vs ecdh', () => {
  const e = c.createECDH('prime256v1');
  e.generateKeys();
  const peer = c.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: e.getPublicKey().subarray(1, 33).toString('base64url'), y: e.getPublicKey().subarray(33).toString('base64url') }, format: 'jwk' });
  return c.diffieHellman({ privateKey: ec, publicKey: peer }).equals(e.computeSecret(c.createPublicKey(ec).export({ format: 'der', type: 'spki' }).subarray(-65)));
});
t('curve mismatch', () => c.diffieHellman({ privateKey: ec, publicKey: c.createPublicKey(read('ec-P-384-spki.pem')) }));
t('type mismatch', () => c.diffieHellman({ privateKey: ec, publicKey: c.createPublicKey(x) }));
t('ed25519', () => c.diffieHellman({ privateKey: c.createPrivateKey(read('ed25519.pem')), publicKey: c.createPublicKey(read('ed25519-spki.pem')) }));
t('rsa', () => c.diffieHellman({ privateKey: c.createPrivateKey(read('rsa-pkcs8.pem')), publicKey: c.createPublicKey(read('rsa-spki.pem')) }));
t('public as private', () => c.diffieHellman({ privateKey: c.createPublicKey(x), publicKey: x }));
t('secret', () => c.diffieHellman({ privateKey: x, publicKey: c.createSecretKey(Buffer.from('a')) }));
t('pem', () => c.diffieHellman({ privateKey: read('x25519.pem'), publicKey: x }));
t('no options', () => c.diffieHellman());
t('no public', () => c.diffieHellman({ privateKey: x }));
console.log(c.diffieHellman.length);
