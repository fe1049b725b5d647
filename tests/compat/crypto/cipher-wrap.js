// AES key wrap (RFC 3394) and padded wrap (RFC 5649): the padded form's output is
// longer than input + block, so its size comes from OpenSSL.
const crypto = require('crypto');
const c = crypto;
for (const name of ['id-aes128-wrap', 'aes128-wrap', 'id-aes256-wrap-pad']) {
  try {
    const k = Buffer.alloc(name.includes('256') ? 32 : 16, 1);
    const x = c.createCipheriv(name, k, name.includes('pad') ? Buffer.alloc(4, 0xa6) : Buffer.alloc(8, 0xa6));
    const out = Buffer.concat([x.update(Buffer.alloc(name.includes('pad') ? 20 : 16, 5)), x.final()]);
    console.log(name, out.toString('hex'));
  } catch (e) { console.log(name, e.code, e.message); }
}
const k = Buffer.alloc(16, 1);
const w = crypto.createCipheriv('id-aes128-wrap', k, Buffer.alloc(8, 0xa6));
const wrapped = Buffer.concat([w.update(Buffer.alloc(24, 9)), w.final()]);
const u = crypto.createDecipheriv('id-aes128-wrap', k, Buffer.alloc(8, 0xa6));
console.log('unwrap', Buffer.concat([u.update(wrapped), u.final()]).toString('hex'));
