// randomBytes sync and async: sizes, types, that bytes vary, and validation.
const crypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', r === undefined ? r : r.length); } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const n of [0, 1, 16, 1000, 65537]) {
  const b = crypto.randomBytes(n);
  console.log(n, Buffer.isBuffer(b), b.length);
}
// 64 random bytes are all zero, or equal to another 64, with negligible odds.
const a = crypto.randomBytes(64), b = crypto.randomBytes(64);
console.log('differ', !a.equals(b), !a.equals(Buffer.alloc(64)));
t('negative', () => crypto.randomBytes(-1));
t('string', () => crypto.randomBytes('1'));
t('NaN', () => crypto.randomBytes(NaN));
t('too big', () => crypto.randomBytes(2 ** 31));
t('float', () => crypto.randomBytes(1.5));
t('bad callback', () => crypto.randomBytes(1, 1));
t('null callback', () => crypto.randomBytes(1, null));
crypto.randomBytes(32, function (err, buf) {
  console.log('async', err, Buffer.isBuffer(buf), buf.length, !buf.equals(Buffer.alloc(32)));
});
crypto.randomBytes(0, (err, buf) => console.log('async 0', err, buf.length));
console.log('after randomBytes(0)');
