// Hashes and HMACs that are never digested, copied ones, and streams left half
// written are freed with their objects (the ASan build checks for leaks).
const crypto = require('crypto');
for (let i = 0; i < 2000; i++) {
  const h = crypto.createHash(i % 2 ? 'sha256' : 'sha3-512').update('x');
  h.copy();
  crypto.createHmac('sha512', 'key'.repeat(i % 50)).update('y');
  crypto.createHash('shake256', { outputLength: 100 });
}
const s = crypto.createHash('sha1');
s.write('half');
const hm = crypto.createHmac('sha1', 'k');
hm.write('half');
console.log('done');
