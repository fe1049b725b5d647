// pbkdf2 argument validation (sync and async).
const crypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r); } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const cb = () => {};
t('no digest', () => crypto.pbkdf2Sync('p', 's', 1, 10));
t('null digest', () => crypto.pbkdf2Sync('p', 's', 1, 10, null));
t('bad digest', () => crypto.pbkdf2Sync('p', 's', 1, 10, 'foo'));
t('bad digest async', () => crypto.pbkdf2('p', 's', 1, 10, 'foo', cb));
t('xof digest', () => crypto.pbkdf2Sync('p', 's', 1, 10, 'shake128'));
t('iterations 0', () => crypto.pbkdf2Sync('p', 's', 0, 10, 'sha1'));
t('iterations 1.5', () => crypto.pbkdf2Sync('p', 's', 1.5, 10, 'sha1'));
t('iterations str', () => crypto.pbkdf2Sync('p', 's', '1', 10, 'sha1'));
t('iterations big', () => crypto.pbkdf2Sync('p', 's', 2 ** 31, 10, 'sha1'));
t('keylen -1', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
t('keylen NaN', () => crypto.pbkdf2Sync('p', 's', 1, NaN, 'sha1'));
t('keylen big', () => crypto.pbkdf2Sync('p', 's', 1, 2 ** 31, 'sha1'));
t('password number', () => crypto.pbkdf2Sync(1, 's', 1, 10, 'sha1'));
t('salt object', () => crypto.pbkdf2Sync('p', {}, 1, 10, 'sha1'));
t('no callback', () => crypto.pbkdf2('p', 's', 1, 10, 'sha1'));
t('callback as digest', () => crypto.pbkdf2('p', 's', 1, 10, cb));
t('bad callback', () => crypto.pbkdf2('p', 's', 1, 10, 'sha1', 'cb'));
crypto.pbkdf2('p', 's', 1, 10, 'shake128', (err, key) => console.log('async xof', err.name, err.code, err.message, key));
