// RFC 7914 section 12 scrypt vectors (the small ones), option synonyms, sync and async.
const crypto = require('crypto');
console.log(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
console.log(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
console.log(crypto.scryptSync('password', 'NaCl', 64, { cost: 1024, blockSize: 8, parallelization: 16 }).toString('hex'));
console.log(crypto.scryptSync('pleaseletmein', 'SodiumChloride', 64, { N: 16384, r: 8, p: 1 }).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 32).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 32, { N: 0, r: 0, p: 0, maxmem: 0 }).toString('hex'));
console.log(crypto.scryptSync(Buffer.from('password'), new Uint8Array(Buffer.from('salt')), 16, {}).toString('hex'));
console.log(crypto.scryptSync('p', 's', 0).length);
crypto.scrypt('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }, function (err, key) {
  console.log('async options', err, key.toString('hex').slice(0, 32));
  crypto.scrypt('password', 'salt', 32, (err2, key2) => {
    console.log('async defaults', err2, key2.equals(crypto.scryptSync('password', 'salt', 32)));
  });
});
