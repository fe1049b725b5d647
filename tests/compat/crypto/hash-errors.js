// Argument validation and state errors of createHash / Hash.
const crypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r); } catch (e) {
    console.log(label, e.name, e.code, e.message, Object.keys(e).join(','), e instanceof Error);
  }
}
t('unknown', () => crypto.createHash('foo'));
t('empty name', () => crypto.createHash(''));
t('undefined', () => crypto.createHash());
t('number', () => crypto.createHash(1));
t('object', () => crypto.createHash({}));
t('update number', () => crypto.createHash('sha1').update(1));
t('update undefined', () => crypto.createHash('sha1').update());
t('update null', () => crypto.createHash('sha1').update(null));
t('update array', () => crypto.createHash('sha1').update([1, 2]));
t('update ArrayBuffer', () => crypto.createHash('sha1').update(new ArrayBuffer(2)));
t('odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));
t('odd HEX', () => crypto.createHash('sha1').update('abc', 'HEX'));
t('even hex', () => crypto.createHash('sha1').update('ab', 'hex').digest('hex'));
t('digest twice', () => { const h = crypto.createHash('sha1'); h.digest(); return h.digest(); });
t('update after digest', () => { const h = crypto.createHash('sha1'); h.digest(); h.update('x'); });
t('copy after digest', () => { const h = crypto.createHash('sha1'); h.digest(); h.copy(); });
t('outputLength non-xof', () => crypto.createHash('sha256', { outputLength: 16 }));
t('outputLength same', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
t('outputLength -1', () => crypto.createHash('sha256', { outputLength: -1 }));
t('outputLength 1.5', () => crypto.createHash('sha256', { outputLength: 1.5 }));
t('outputLength str', () => crypto.createHash('sha256', { outputLength: '1' }));
t('options null', () => crypto.createHash('sha256', null).digest('hex'));
t('upper case', () => crypto.createHash('SHA256').digest('hex'));
t('alias', () => crypto.createHash('RSA-SHA1').digest('hex'));
t('without new', () => crypto.Hash('md5').digest('hex'));
t('new Hash', () => new crypto.Hash('md5').digest('hex'));
