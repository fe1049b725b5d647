// RFC 6070 (PBKDF2-HMAC-SHA1) and RFC 7914 section 11 (PBKDF2-HMAC-SHA256)
// vectors, sync and async, with every kind of password/salt input.
const crypto = require('crypto');
const cases = [
  ['password', 'salt', 1, 20, 'sha1'],
  ['password', 'salt', 2, 20, 'sha1'],
  ['password', 'salt', 4096, 20, 'sha1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1'],
  ['pass\0word', 'sa\0lt', 4096, 16, 'sha1'],
  ['passwd', 'salt', 1, 64, 'sha256'],
  ['Password', 'NaCl', 80000, 64, 'sha256'],
  ['', '', 1, 32, 'sha512'],
  ['password', 'salt', 1, 0, 'sha1'],
  ['password', 'salt', 3, 40, 'SHA256'],
];
for (const [p, s, i, k, d] of cases) console.log(d, i, k, crypto.pbkdf2Sync(p, s, i, k, d).toString('hex'));
const p = Buffer.from('password');
console.log(crypto.pbkdf2Sync(p, new Uint8Array(Buffer.from('salt')), 2, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync(p.buffer.slice(p.byteOffset, p.byteOffset + p.length), new DataView(Buffer.from('salt').buffer.slice(0)), 2, 20, 'sha1').toString('hex').length);
let pending = cases.length;
const results = [];
cases.forEach(([pw, s, i, k, d], n) => {
  crypto.pbkdf2(pw, s, i, k, d, function (err, key) {
    results[n] = `${err} ${Buffer.isBuffer(key)} ${key.toString('hex') === crypto.pbkdf2Sync(pw, s, i, k, d).toString('hex')}`;
    if (--pending === 0) console.log(results.join('\n'));
  });
});
