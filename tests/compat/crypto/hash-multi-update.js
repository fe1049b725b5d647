// Many updates give the digest of the concatenation, in any mix of input types.
const crypto = require('crypto');
const whole = crypto.createHash('sha256').update('hello world, this is a longer message').digest('hex');
const parts = crypto.createHash('sha256');
for (const piece of ['hello', ' ', 'world', ', this is a ', 'longer message']) parts.update(piece);
console.log(parts.digest('hex') === whole, whole);
const mixed = crypto.createHash('sha256')
  .update(Buffer.from('hello '))
  .update(new Uint8Array(Buffer.from('world')))
  .update(new DataView(Buffer.from(', this is a ').buffer.slice(0)))
  .update(new Uint16Array(Buffer.from('longer').buffer.slice(0)))
  .update(' message');
console.log(mixed.digest('hex') === whole);
// A view into a larger buffer hashes only its own bytes.
const big = Buffer.from('xxabcxx');
console.log(crypto.createHash('sha1').update(big.subarray(2, 5)).digest('hex'));
// Byte-by-byte over 1000 updates.
const h = crypto.createHash('md5');
const data = Buffer.alloc(1000, 7);
for (let i = 0; i < data.length; i++) h.update(data.subarray(i, i + 1));
console.log(h.digest('hex'), crypto.createHash('md5').update(data).digest('hex'));
// update returns the hash itself.
const h2 = crypto.createHash('sha1');
console.log(h2.update('a') === h2);
