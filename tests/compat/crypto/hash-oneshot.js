// crypto.hash(): one-shot digests, output encodings and validation.
const c = require('crypto');
function t(label, f) { try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? 'Buffer ' + r.toString('hex') : JSON.stringify(r)); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(',')); } }
console.log(c.hash.name, c.hash.length);
t('default', () => c.hash('sha1', 'abc'));
t('base64', () => c.hash('sha256', Buffer.from('abc'), 'base64'));
t('buffer', () => c.hash('md5', 'abc', 'buffer'));
t('BUFFER', () => c.hash('md5', 'abc', 'BUFFER'));
t('UTF8', () => c.hash('md5', 'abc', 'UTF8'));
t('bogus', () => c.hash('md5', 'abc', 'bogus'));
t('num enc', () => c.hash('md5', 'abc', 1));
t('undefined enc', () => c.hash('md5', 'abc', undefined));
t('null enc', () => c.hash('md5', 'abc', null));
t('unknown', () => c.hash('foo', 'abc'));
t('alg num', () => c.hash(1, 'abc'));
t('input num', () => c.hash('md5', 1));
t('input ab', () => c.hash('md5', new ArrayBuffer(1)));
t('input dv', () => c.hash('md5', new DataView(new ArrayBuffer(1))));
t('shake', () => c.hash('shake256', 'abc'));
t('latin1', () => c.hash('sha1', '\u00ff\u0100', 'latin1'));
