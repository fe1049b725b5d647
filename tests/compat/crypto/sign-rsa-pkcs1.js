// RSA PKCS#1 v1.5 signatures (deterministic) with createSign/createVerify and the
// one-shot crypto.sign/verify, over several digests and output encodings.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const pem = read('rsa-pkcs8.pem', 'utf8');
const pub = read('rsa-spki.pem', 'utf8');
const data = Buffer.from('The quick brown fox jumps over the lazy dog');
for (const md of ['sha1', 'sha256', 'sha384', 'sha512', 'RSA-SHA256', 'SHA256', 'sha3-256', 'md5']) {
  const sig = c.createSign(md).update(data).sign(pem);
  const one = c.sign(md, data, pem);
  console.log(md, sig.length, sig.toString('base64').slice(0, 44), sig.equals(one),
    c.createVerify(md).update(data).verify(pub, sig), c.verify(md, data, pub, sig),
    c.verify(md, Buffer.from('other'), pub, sig));
}
const s = c.createSign('sha256');
s.update('The quick brown ');
s.update('fox jumps over the lazy dog', 'utf8');
const hex = s.sign(pem, 'hex');
console.log(hex.slice(0, 64), hex === c.sign('sha256', data, pem).toString('hex'));
t('verify hex', () => c.createVerify('sha256').update(data).verify(pub, hex, 'hex'));
t('verify base64', () => c.createVerify('sha256').update(data).verify(pub, Buffer.from(hex, 'hex').toString('base64'), 'base64'));
t('sign latin1', () => c.createSign('sha256').update('\u00e9', 'latin1').sign(pem, 'base64').slice(0, 20));
t('sign null alg', () => c.sign(null, data, pem).equals(c.sign('sha256', data, pem)));
t('verify null alg', () => c.verify(undefined, data, pub, c.sign('sha256', data, pem)));
t('bit flipped', () => { const sig = c.sign('sha256', data, pem); sig[10] ^= 1; return c.verify('sha256', data, pub, sig); });
t('short sig', () => c.verify('sha256', data, pub, Buffer.alloc(10)));
t('verify with private', () => c.verify('sha256', data, pem, c.sign('sha256', data, pem)));
t('typed array data', () => c.sign('sha256', new Uint8Array(data), pem).equals(c.sign('sha256', data, pem)));
t('string data', () => c.sign('sha256', data.toString(), pem).equals(c.sign('sha256', data, pem)));
t('dataview', () => c.verify('sha256', new DataView(data.buffer, data.byteOffset, data.length), pub, c.sign('sha256', data, pem)));
