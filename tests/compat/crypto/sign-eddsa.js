// Ed25519 and Ed448 one-shot signatures (deterministic, algorithm null/undefined);
// createSign refuses them and a digest name is an error.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const data = Buffer.from('eddsa message');
for (const name of ['ed25519', 'ed448']) {
  const key = c.createPrivateKey(read(`${name}.pem`));
  const pub = read(`${name}-spki.pem`);
  const sig = c.sign(null, data, key);
  console.log(name, sig.length, sig.toString('hex'));
  console.log(c.sign(undefined, data, read(`${name}.pem`)).equals(sig), c.verify(null, data, pub, sig),
    c.verify(undefined, Buffer.from('x'), pub, sig), c.verify(null, data, key, sig));
  t('digest', () => c.sign('sha256', data, key));
  t('verify digest', () => c.verify('sha512', data, pub, sig));
  t('createSign', () => c.createSign('sha256').update(data).sign(key));
  t('createVerify', () => c.createVerify('sha256').update(data).verify(pub, sig));
  t('short', () => c.verify(null, data, pub, sig.subarray(1)));
}
t('x25519 sign', () => c.sign(null, data, read('x25519.pem')));
t('x448 verify', () => c.verify(null, data, read('x448-spki.pem'), Buffer.alloc(64)));
