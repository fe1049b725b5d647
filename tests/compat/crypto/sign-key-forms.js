// Every form a signing or verification key takes: KeyObject, PEM string or Buffer,
// { key, passphrase }, { key: KeyObject, padding }, DER with format and type, JWK.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const data = Buffer.from('key forms');
const ref = c.sign('sha256', data, read('rsa-pkcs8.pem')).toString('hex').slice(0, 32);
const priv = c.createPrivateKey(read('rsa-pkcs8.pem'));
const forms = {
  keyobject: priv,
  pemString: read('rsa-pkcs8.pem', 'utf8'),
  pemBuffer: read('rsa-pkcs1.pem'),
  encrypted: { key: read('rsa-pkcs8-enc.pem'), passphrase: 'secret' },
  keyInObject: { key: priv, padding: c.constants.RSA_PKCS1_PADDING },
  der: { key: read('rsa-pkcs8.der'), format: 'der', type: 'pkcs8' },
  derPkcs1: { key: read('rsa-pkcs1.der'), format: 'der', type: 'pkcs1' },
  jwk: { key: priv.export({ format: 'jwk' }), format: 'jwk' },
};
for (const [name, key] of Object.entries(forms)) {
  t(name, () => [c.sign('sha256', data, key).toString('hex').slice(0, 32) === ref,
    c.createSign('sha256').update(data).sign(key, 'hex').slice(0, 32) === ref]);
}
const sig = c.sign('sha256', data, priv);
const pubForms = {
  keyobject: c.createPublicKey(priv),
  privateKeyObject: priv,
  spkiPem: read('rsa-spki.pem', 'utf8'),
  pkcs1Pem: read('rsa-pkcs1-pub.pem'),
  cert: read('cert.pem'),
  privatePem: read('rsa-pkcs8.pem'),
  spkiDer: { key: read('rsa-spki.der'), format: 'der', type: 'spki' },
  pkcs8Der: { key: read('rsa-pkcs8.der'), format: 'der', type: 'pkcs8' },
  jwk: { key: c.createPublicKey(priv).export({ format: 'jwk' }), format: 'jwk' },
  privateJwk: { key: priv.export({ format: 'jwk' }), format: 'jwk' },
};
for (const [name, key] of Object.entries(pubForms)) {
  t(`verify ${name}`, () => [c.verify('sha256', data, key, sig), c.createVerify('sha256').update(data).verify(key, sig)]);
}
