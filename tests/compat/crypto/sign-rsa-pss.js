// RSA-PSS signatures: padding RSA_PKCS1_PSS_PADDING with salt lengths (a number,
// RSA_PSS_SALTLEN_DIGEST, MAX_SIGN, AUTO), verified with matching and mismatching
// salt lengths; RSA-PSS keys sign with PSS by default. PSS is randomized, so
// lengths and verification results are printed.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const key = c.createPrivateKey(read('rsa-pkcs8.pem'));
const pub = c.createPublicKey(key);
const { RSA_PKCS1_PSS_PADDING: PSS, RSA_PSS_SALTLEN_DIGEST, RSA_PSS_SALTLEN_MAX_SIGN, RSA_PSS_SALTLEN_AUTO } = c.constants;
const data = Buffer.from('pss message');
for (const saltLength of [undefined, 0, 16, 32, RSA_PSS_SALTLEN_DIGEST, RSA_PSS_SALTLEN_MAX_SIGN]) {
  const sig = c.sign('sha256', data, { key, padding: PSS, saltLength });
  const sig2 = c.createSign('sha256').update(data).sign({ key, padding: PSS, saltLength });
  console.log(saltLength, sig.length, sig.equals(sig2),
    c.verify('sha256', data, { key: pub, padding: PSS, saltLength }, sig),
    c.verify('sha256', data, { key: pub, padding: PSS, saltLength: RSA_PSS_SALTLEN_AUTO }, sig),
    c.verify('sha256', data, { key: pub, padding: PSS, saltLength: 5 }, sig),
    c.verify('sha256', data, pub, sig),
    c.createVerify('sha256').update(data).verify({ key: pub, padding: PSS, saltLength }, sig2));
}
t('salt too long', () => c.sign('sha256', data, { key, padding: PSS, saltLength: 1000 }));
t('bad padding', () => c.sign('sha256', data, { key, padding: 99 }));
t('padding float', () => c.sign('sha256', data, { key, padding: 1.5 }));
t('saltLength string', () => c.sign('sha256', data, { key, padding: PSS, saltLength: '1' }));
t('pkcs1 padding explicit', () => c.sign('sha256', data, { key, padding: c.constants.RSA_PKCS1_PADDING }).equals(c.sign('sha256', data, key)));
for (const f of ['rsa-pss.pem', 'rsa-pss-params.pem']) {
  const k = c.createPrivateKey(read(f));
  t(`${f} sign`, () => {
    const sig = c.sign('sha256', data, k);
    return [sig.length, c.verify('sha256', data, c.createPublicKey(k), sig),
      c.createVerify('sha256').update(data).verify(c.createPublicKey(k), c.createSign('sha256').update(data).sign(k))];
  });
  t(`${f} pkcs1 padding`, () => c.sign('sha256', data, { key: k, padding: c.constants.RSA_PKCS1_PADDING }));
  t(`${f} sha1`, () => c.sign('sha1', data, k).length);
}
