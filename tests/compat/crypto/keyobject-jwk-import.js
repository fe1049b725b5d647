// createPrivateKey/createPublicKey from a JWK (format 'jwk') for RSA, EC and OKP
// keys, and the validation of its members.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const rsa = c.createPrivateKey(read('rsa-pkcs8.pem'));
const ec = c.createPrivateKey(read('ec-P-384-pkcs8.pem'));
const ed = c.createPrivateKey(read('ed25519.pem'));
const rsaJwk = rsa.export({ format: 'jwk' });
const ecJwk = ec.export({ format: 'jwk' });
const edJwk = ed.export({ format: 'jwk' });
t('rsa', () => c.createPrivateKey({ key: rsaJwk, format: 'jwk' }).equals(rsa));
t('rsa pub', () => c.createPublicKey({ key: rsaJwk, format: 'jwk' }).equals(c.createPublicKey(rsa)));
t('rsa pub only', () => c.createPublicKey({ key: { kty: 'RSA', n: rsaJwk.n, e: rsaJwk.e }, format: 'jwk' }).asymmetricKeyDetails);
t('rsa pem out', () => c.createPrivateKey({ key: rsaJwk, format: 'jwk' }).export({ format: 'pem', type: 'pkcs1' }) === read('rsa-pkcs1.pem', 'utf8'));
t('ec', () => c.createPrivateKey({ key: ecJwk, format: 'jwk' }).equals(ec));
t('ec pub', () => c.createPublicKey({ key: ecJwk, format: 'jwk' }).export({ format: 'jwk' }));
t('ed', () => c.createPrivateKey({ key: edJwk, format: 'jwk' }).equals(ed));
t('ed pub', () => c.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: edJwk.x }, format: 'jwk' }).equals(c.createPublicKey(ed)));
t('no kty', () => c.createPrivateKey({ key: {}, format: 'jwk' }));
t('oct', () => c.createPrivateKey({ key: { kty: 'oct', k: 'AAAA' }, format: 'jwk' }));
t('string', () => c.createPrivateKey({ key: 'x', format: 'jwk' }));
t('null', () => c.createPublicKey({ key: null, format: 'jwk' }));
t('rsa no d', () => c.createPrivateKey({ key: { ...rsaJwk, d: undefined }, format: 'jwk' }));
t('rsa n number', () => c.createPublicKey({ key: { ...rsaJwk, n: 1 }, format: 'jwk' }));
t('ec bad crv', () => c.createPrivateKey({ key: { ...ecJwk, crv: 'P-224' }, format: 'jwk' }));
t('ec crv number', () => c.createPrivateKey({ key: { ...ecJwk, crv: 1 }, format: 'jwk' }));
t('ec short x', () => c.createPrivateKey({ key: { ...ecJwk, x: 'AAAA' }, format: 'jwk' }));
t('ec wrong curve', () => c.createPublicKey({ key: { ...ecJwk, crv: 'P-256' }, format: 'jwk' }));
t('ec no y', () => c.createPublicKey({ key: { ...ecJwk, y: undefined }, format: 'jwk' }));
t('okp bad crv', () => c.createPrivateKey({ key: { ...edJwk, crv: 'Ed1' }, format: 'jwk' }));
t('okp short d', () => c.createPrivateKey({ key: { ...edJwk, d: 'AAAA' }, format: 'jwk' }));
t('okp short x', () => c.createPublicKey({ key: { ...edJwk, x: 'AAAA' }, format: 'jwk' }));
t('okp no x', () => c.createPrivateKey({ key: { ...edJwk, x: undefined }, format: 'jwk' }));
t('x448', () => {
  const k = c.createPrivateKey(read('x448.pem'));
  return c.createPrivateKey({ key: k.export({ format: 'jwk' }), format: 'jwk' }).equals(k);
});
