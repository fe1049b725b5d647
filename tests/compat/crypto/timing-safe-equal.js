// timingSafeEqual: equal/unequal contents of any buffer kind, and Node's errors.
const crypto = require('crypto');
function t(label, f) {
  try { console.log(label, 'ok', f()); } catch (e) {
    console.log(label, e.name, e.code, e.message, Object.keys(e).join(','));
  }
}
t('equal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
t('unequal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
t('empty', () => crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)));
t('typed', () => crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])));
t('ab dv', () => crypto.timingSafeEqual(new ArrayBuffer(4), new DataView(new ArrayBuffer(4))));
t('length', () => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)));
t('string a', () => crypto.timingSafeEqual('a', Buffer.alloc(1)));
t('string b', () => crypto.timingSafeEqual(Buffer.alloc(1), 'a'));
t('missing', () => crypto.timingSafeEqual());
t('views', () => crypto.timingSafeEqual(Buffer.from('xxabc').subarray(2), Buffer.from('abcyy').subarray(0, 3)));
