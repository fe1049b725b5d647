// ECDSA signatures on each curve with dsaEncoding 'der' and 'ieee-p1363': lengths,
// verification in the same and the other encoding, malformed P1363 lengths.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const data = Buffer.from('ecdsa message');
for (const curve of ['P-256', 'P-384', 'P-521', 'secp256k1']) {
  const key = c.createPrivateKey(read(`ec-${curve}-pkcs8.pem`));
  const pub = read(`ec-${curve}-spki.pem`);
  const der = c.sign('sha256', data, key);
  const p1363 = c.sign('sha256', data, { key, dsaEncoding: 'ieee-p1363' });
  const streamed = c.createSign('sha384').update(data).sign({ key, dsaEncoding: 'ieee-p1363' });
  console.log(curve, der[0].toString(16), der.length >= 8, p1363.length, streamed.length,
    c.verify('sha256', data, pub, der), c.verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, p1363),
    c.verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, der),
    c.verify('sha256', data, pub, p1363),
    c.createVerify('sha384').update(data).verify({ key: pub, dsaEncoding: 'ieee-p1363' }, streamed),
    c.createVerify('sha256').update(data).verify(pub, der));
}
const key = c.createPrivateKey(read('ec-P-256-pkcs8.pem'));
const pub = c.createPublicKey(key);
t('p1363 wrong length oneshot', () => c.verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, Buffer.alloc(63)));
t('p1363 wrong length stream', () => c.createVerify('sha256').update(data).verify({ key: pub, dsaEncoding: 'ieee-p1363' }, Buffer.alloc(63)));
t('p1363 zeros', () => c.verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, Buffer.alloc(64)));
t('der garbage', () => c.verify('sha256', data, pub, Buffer.from('3000', 'hex')));
t('bad dsaEncoding', () => c.sign('sha256', data, { key, dsaEncoding: 'raw' }));
t('dsaEncoding on rsa ignored', () => c.sign('sha256', data, { key: read('rsa-pkcs8.pem'), dsaEncoding: 'ieee-p1363' }).length);
t('sec1 key', () => c.verify('sha256', data, pub, c.sign('sha256', data, read('ec-P-256-sec1.pem'))));
t('null digest', () => c.verify(null, data, pub, c.sign(null, data, key)));
