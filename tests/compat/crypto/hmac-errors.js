// createHmac validation, and digest() after digest() (an empty result, not an error).
const crypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? 'Buffer ' + r.toString('hex') : JSON.stringify(r)); } catch (e) {
    console.log(label, e.name, e.code, e.message, Object.keys(e).join(','));
  }
}
t('no key', () => crypto.createHmac('sha256'));
t('number key', () => crypto.createHmac('sha256', 1));
t('null key', () => crypto.createHmac('sha256', null));
t('unknown digest', () => crypto.createHmac('foo', 'k'));
t('number digest', () => crypto.createHmac(1, 'k'));
t('xof digest', () => crypto.createHmac('shake128', 'k'));
t('digest twice', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); return h.digest(); });
t('digest twice hex', () => { const h = crypto.createHmac('sha1', 'k'); h.digest('hex'); return h.digest('hex'); });
t('update after digest', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); h.update('x'); });
t('update bad', () => crypto.createHmac('sha1', 'k').update({}));
t('encoding option', () => crypto.createHmac('sha1', 'deadbeef', { encoding: 'hex' }).update('x').digest('hex'));
t('encoding option bad', () => crypto.createHmac('sha1', 'k', { encoding: 1 }));
t('upper digest', () => crypto.createHmac('SHA1', 'k').update('x').digest('base64'));
t('without new', () => crypto.Hmac('md5', 'k').digest('hex'));
t('hmac instanceof', () => crypto.createHmac('md5', 'k') instanceof crypto.Hmac);
