// HMAC test vectors of RFC 4231 (sha224..sha512) and RFC 2202 (md5, sha1),
// including keys longer than the block size.
const crypto = require('crypto');
const cases = [
  [Buffer.alloc(20, 0x0b), 'Hi There'],
  ['Jefe', 'what do ya want for nothing?'],
  [Buffer.alloc(20, 0xaa), Buffer.alloc(50, 0xdd)],
  [Buffer.from('0102030405060708090a0b0c0d0e0f10111213141516171819', 'hex'), Buffer.alloc(50, 0xcd)],
  [Buffer.alloc(131, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'],
  [Buffer.alloc(131, 0xaa), 'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.'],
  ['', ''],
  [new Uint8Array([1, 2, 3]), 'typed array key'],
  [new ArrayBuffer(8), 'array buffer key'],
];
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256']) {
  for (const [key, data] of cases) console.log(alg, crypto.createHmac(alg, key).update(data).digest('hex'));
}
// Truncated output of RFC 4231 test case 5.
console.log(crypto.createHmac('sha256', Buffer.alloc(20, 0x0c)).update('Test With Truncation').digest('hex').slice(0, 32));
