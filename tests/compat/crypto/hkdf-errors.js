// hkdf validation.
const crypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', r.byteLength); } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('unknown digest', () => crypto.hkdfSync('foo', 'k', '', '', 10));
t('digest number', () => crypto.hkdfSync(1, 'k', '', '', 10));
t('too long', () => crypto.hkdfSync('sha256', 'k', '', '', 255 * 32 + 1));
t('info too long', () => crypto.hkdfSync('sha256', 'k', '', Buffer.alloc(1025), 10));
t('info 1024', () => crypto.hkdfSync('sha256', 'k', '', Buffer.alloc(1024), 10));
t('key number', () => crypto.hkdfSync('sha256', 1, '', '', 10));
t('key null', () => crypto.hkdfSync('sha256', null, '', '', 10));
t('salt number', () => crypto.hkdfSync('sha256', 'k', 1, '', 10));
t('info object', () => crypto.hkdfSync('sha256', 'k', '', {}, 10));
t('length -1', () => crypto.hkdfSync('sha256', 'k', '', '', -1));
t('length 1.5', () => crypto.hkdfSync('sha256', 'k', '', '', 1.5));
t('length str', () => crypto.hkdfSync('sha256', 'k', '', '', '10'));
t('xof digest', () => crypto.hkdfSync('shake128', 'k', '', '', 10));
t('no callback', () => crypto.hkdf('sha256', 'k', '', '', 10));
t('async too long', () => crypto.hkdf('sha256', 'k', '', '', 255 * 32 + 1, () => {}));
