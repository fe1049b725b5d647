// Known digests (FIPS 180 / RFC 1321 vectors) of empty, 'abc', the two-block
// message and a million 'a's, for md5, sha1, sha224, sha256, sha384, sha512.
const crypto = require('crypto');
const inputs = {
  empty: '',
  abc: 'abc',
  twoBlock: 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
  million: 'a'.repeat(1000000),
};
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'ripemd160']) {
  for (const [name, input] of Object.entries(inputs)) {
    console.log(alg, name, crypto.createHash(alg).update(input).digest('hex'));
  }
}
