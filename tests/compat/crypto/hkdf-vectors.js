// RFC 5869 appendix A vectors, empty key/salt/info, ArrayBuffer results, async.
const crypto = require('crypto');
const hex = (ab) => Buffer.from(ab).toString('hex');
const cases = [
  ['sha256', Buffer.alloc(22, 0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42],
  ['sha256', Buffer.from([...Array(80).keys()]), Buffer.from([...Array(80).keys()].map((i) => i + 0x60)), Buffer.from([...Array(80).keys()].map((i) => i + 0xb0)), 82],
  ['sha256', Buffer.alloc(22, 0x0b), '', '', 42],
  ['sha1', Buffer.alloc(11, 0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42],
  ['sha1', Buffer.alloc(22, 0x0c), Buffer.alloc(0), '', 42],
  ['sha512', 'secret', 'salt', 'info', 64],
  ['sha256', '', '', '', 10],
  ['sha256', 'key', 'salt', 'info', 0],
  ['SHA256', new ArrayBuffer(4), new Uint16Array(2), new DataView(new ArrayBuffer(3)), 16],
];
for (const [d, k, s, i, l] of cases) {
  const out = crypto.hkdfSync(d, k, s, i, l);
  console.log(d, l, out instanceof ArrayBuffer, out.byteLength, hex(out));
}
console.log(crypto.hkdfSync('sha256', 'k', '', '', 255 * 32).byteLength);
crypto.hkdf('sha256', Buffer.alloc(22, 0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42, (err, bits) => {
  console.log('async', err, bits instanceof ArrayBuffer, hex(bits));
});
