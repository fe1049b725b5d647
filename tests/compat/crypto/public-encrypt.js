// publicEncrypt/privateDecrypt (OAEP by default, oaepHash, oaepLabel) and
// privateEncrypt/publicDecrypt (PKCS#1 v1.5, deterministic); keys in every form.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const priv = read('rsa-pkcs8.pem');
const pub = read('rsa-spki.pem');
const msg = Buffer.from('hello rsa');
const { RSA_PKCS1_PADDING, RSA_NO_PADDING, RSA_PKCS1_OAEP_PADDING } = c.constants;
t('oaep', () => c.privateDecrypt(priv, c.publicEncrypt(pub, msg)).toString());
t('oaep length', () => c.publicEncrypt(pub, msg).length);
t('oaep random', () => c.publicEncrypt(pub, msg).equals(c.publicEncrypt(pub, msg)));
for (const oaepHash of ['sha1', 'sha256', 'sha512']) {
  t(`oaep ${oaepHash}`, () => c.privateDecrypt({ key: priv, oaepHash }, c.publicEncrypt({ key: pub, oaepHash }, msg)).toString());
}
t('oaep hash mismatch', () => c.privateDecrypt({ key: priv, oaepHash: 'sha1' }, c.publicEncrypt({ key: pub, oaepHash: 'sha256' }, msg)));
t('oaep label', () => c.privateDecrypt({ key: priv, oaepLabel: Buffer.from('L') }, c.publicEncrypt({ key: pub, oaepLabel: Buffer.from('L') }, msg)).toString());
t('oaep label hex', () => c.privateDecrypt({ key: priv, oaepLabel: '4c', encoding: 'hex' }, c.publicEncrypt({ key: pub, oaepLabel: 'L' }, msg)).toString());
t('oaep wrong label', () => c.privateDecrypt({ key: priv, oaepLabel: Buffer.from('M') }, c.publicEncrypt({ key: pub, oaepLabel: Buffer.from('L') }, msg)));
t('explicit oaep', () => c.privateDecrypt({ key: priv, padding: RSA_PKCS1_OAEP_PADDING }, c.publicEncrypt(pub, msg)).toString());
t('pkcs1 encrypt', () => c.publicEncrypt({ key: pub, padding: RSA_PKCS1_PADDING }, msg).length);
t('pkcs1 decrypt', () => c.privateDecrypt({ key: priv, padding: RSA_PKCS1_PADDING }, Buffer.alloc(256)));
t('privateEncrypt', () => c.privateEncrypt(priv, msg));
t('publicDecrypt', () => c.publicDecrypt(pub, c.privateEncrypt(priv, msg)).toString());
t('publicDecrypt private', () => c.publicDecrypt(priv, c.privateEncrypt(priv, msg)).toString());
t('publicDecrypt cert', () => c.publicDecrypt(read('cert.pem'), c.privateEncrypt(priv, msg)).toString());
t('no padding', () => c.privateEncrypt({ key: priv, padding: RSA_NO_PADDING }, Buffer.alloc(256, 1)));
t('no padding roundtrip', () => c.publicDecrypt({ key: pub, padding: RSA_NO_PADDING }, c.privateEncrypt({ key: priv, padding: RSA_NO_PADDING }, Buffer.alloc(256, 1))).equals(Buffer.alloc(256, 1)));
t('keyobjects', () => c.privateDecrypt(c.createPrivateKey(priv), c.publicEncrypt(c.createPublicKey(pub), msg)).toString());
t('encrypted key', () => c.privateDecrypt({ key: read('rsa-pkcs8-enc.pem'), passphrase: 'secret' }, c.publicEncrypt(pub, msg)).toString());
t('der key', () => c.privateDecrypt({ key: read('rsa-pkcs1.der'), format: 'der', type: 'pkcs1' }, c.publicEncrypt({ key: read('rsa-spki.der'), format: 'der', type: 'spki' }, msg)).toString());
t('string data', () => c.privateDecrypt(priv, c.publicEncrypt(pub, 'string')).toString());
t('too long', () => c.publicEncrypt(pub, Buffer.alloc(300)));
t('bad ciphertext', () => c.privateDecrypt(priv, Buffer.alloc(256)));
t('privateDecrypt public key', () => c.privateDecrypt(pub, c.publicEncrypt(pub, msg)));
t('privateDecrypt public KeyObject', () => c.privateDecrypt(c.createPublicKey(pub), Buffer.alloc(256)));
t('ec key', () => c.publicEncrypt(read('ec-P-256-spki.pem'), msg));
t('pss key', () => c.publicEncrypt(read('rsa-pss.pem'), msg));
t('bad oaepHash', () => c.publicEncrypt({ key: pub, oaepHash: 'nope' }, msg));
t('oaepHash number', () => c.publicEncrypt({ key: pub, oaepHash: 5 }, msg));
t('oaepLabel number', () => c.publicEncrypt({ key: pub, oaepLabel: 5 }, msg));
t('buffer number', () => c.publicEncrypt(pub, 5));
t('no key', () => c.publicEncrypt(undefined, msg));
t('secret key', () => c.publicEncrypt(c.createSecretKey(Buffer.from('a')), msg));
console.log(c.publicEncrypt.length, c.privateDecrypt.length, c.privateEncrypt.name, c.publicDecrypt.name);
