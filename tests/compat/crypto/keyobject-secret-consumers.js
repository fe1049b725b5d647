// A secret KeyObject wherever Node takes one: createHmac, createCipheriv,
// createDecipheriv, hkdf/hkdfSync; asymmetric keys there, and pbkdf2, refuse it.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const raw = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const key = c.createSecretKey(raw);
const iv = Buffer.alloc(16, 1);
t('hmac', () => c.createHmac('sha256', key).update('data').digest('hex'));
t('hmac same', () => c.createHmac('sha256', key).digest('hex') === c.createHmac('sha256', raw).digest('hex'));
const enc = c.createCipheriv('aes-128-cbc', key, iv);
const ct = Buffer.concat([enc.update('secret message'), enc.final()]);
console.log(ct.toString('hex'));
t('decipher', () => { const d = c.createDecipheriv('aes-128-cbc', key, iv); return Buffer.concat([d.update(ct), d.final()]).toString(); });
t('gcm', () => { const e = c.createCipheriv('aes-128-gcm', key, iv.subarray(0, 12)); e.update('x'); e.final(); return e.getAuthTag(); });
t('hkdfSync', () => Buffer.from(c.hkdfSync('sha256', key, 'salt', 'info', 16)));
c.hkdf('sha256', key, 'salt', 'info', 16, (err, bits) => console.log('hkdf', err, Buffer.from(bits).toString('hex')));
const priv = c.createPrivateKey(read('ec-P-256-pkcs8.pem'));
const pub = c.createPublicKey(priv);
t('hmac private', () => c.createHmac('sha256', priv));
t('hmac public', () => c.createHmac('sha256', pub));
t('cipher private', () => c.createCipheriv('aes-128-cbc', priv, iv));
t('decipher public', () => c.createDecipheriv('aes-128-cbc', pub, iv));
t('pbkdf2 keyobject', () => c.pbkdf2Sync(key, 'salt', 1, 16, 'sha256'));
t('hmac bad key', () => c.createHmac('sha256', 5));
t('cipher wrong size', () => c.createCipheriv('aes-256-cbc', key, iv));
