// scrypt validation: bad params (OpenSSL's checks), option conflicts, types.
const crypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r); } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('N not power of 2', () => crypto.scryptSync('p', 's', 16, { N: 3 }));
t('N 1', () => crypto.scryptSync('p', 's', 16, { N: 1 }));
t('memory limit', () => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }));
t('maxmem small', () => crypto.scryptSync('p', 's', 16, { maxmem: 1024 }));
t('N and cost', () => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }));
t('r and blockSize', () => crypto.scryptSync('p', 's', 16, { r: 1, blockSize: 1 }));
t('p and parallelization', () => crypto.scryptSync('p', 's', 16, { p: 1, parallelization: 1 }));
t('N -1', () => crypto.scryptSync('p', 's', 16, { N: -1 }));
t('N str', () => crypto.scryptSync('p', 's', 16, { N: '16' }));
t('cost 1.5', () => crypto.scryptSync('p', 's', 16, { cost: 1.5 }));
t('maxmem -1', () => crypto.scryptSync('p', 's', 16, { maxmem: -1 }));
t('keylen -1', () => crypto.scryptSync('p', 's', -1));
t('keylen str', () => crypto.scryptSync('p', 's', '16'));
t('password bad', () => crypto.scryptSync(null, 's', 16));
t('salt bad', () => crypto.scryptSync('p', 1, 16));
t('no callback', () => crypto.scrypt('p', 's', 16));
t('options no callback', () => crypto.scrypt('p', 's', 16, {}));
t('bad params async', () => crypto.scrypt('p', 's', 16, { N: 2 ** 20 }, () => {}));
