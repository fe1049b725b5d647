// AES in CBC, CTR, ECB (NIST SP 800-38A F.2/F.5/F.1 inputs) and GCM: round trips,
// output encodings, chunked updates, padding on and off.
const crypto = require('crypto');
const hex = (s) => Buffer.from(s, 'hex');
const pt = hex('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51');
const iv = hex('000102030405060708090a0b0c0d0e0f');
const keys = {
  128: hex('2b7e151628aed2a6abf7158809cf4f3c'),
  192: hex('8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b'),
  256: hex('603deb1015ca71be2b73aef0857d77811f352c073b6108d77d2d98109efba4f4'),
};
for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ctr', 'ecb', 'cfb', 'ofb']) {
    const name = `aes-${bits}-${mode}`;
    const ivFor = mode === 'ecb' ? null : mode === 'ctr' ? hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff') : iv;
    const c = crypto.createCipheriv(name, keys[bits], ivFor);
    const ct = Buffer.concat([c.update(pt), c.final()]);
    const d = crypto.createDecipheriv(name, keys[bits], ivFor);
    const back = Buffer.concat([d.update(ct), d.final()]);
    console.log(name, ct.toString('hex'), back.equals(pt));
  }
}
// No padding: exact blocks only.
const np = crypto.createCipheriv('aes-128-cbc', keys[128], iv).setAutoPadding(false);
console.log('nopad', np.update(pt, undefined, 'hex') + np.final('hex'));
const npd = crypto.createDecipheriv('aes-128-cbc', keys[128], iv);
npd.setAutoPadding(false);
console.log('nopad dec', Buffer.concat([npd.update(hex('7649abac8119b246cee98e9b12e9197d')), npd.final()]).toString('hex'));
// Strings in and out, in pieces, with multi-byte characters split across updates.
const text = 'h\u00e9llo w\u00f6rld \u20ac\u20ac\u20ac \ud83d\ude00 '.repeat(5);
const c = crypto.createCipheriv('aes-256-cbc', keys[256], iv);
let b64 = '';
for (let i = 0; i < text.length; i += 7) b64 += c.update(text.slice(i, i + 7), 'utf8', 'base64');
b64 += c.final('base64');
console.log('b64', b64);
const d = crypto.createDecipheriv('aes-256-cbc', keys[256], iv);
let out = '';
const ctb = Buffer.from(b64, 'base64');
for (let i = 0; i < ctb.length; i += 5) out += d.update(ctb.subarray(i, i + 5), undefined, 'utf8');
out += d.final('utf8');
console.log('round trip', out === text);
const d2 = crypto.createDecipheriv('aes-256-cbc', keys[256], iv);
console.log('hex in', d2.update(ctb.toString('hex'), 'hex', 'utf8') + d2.final('utf8') === text);
// String key and IV, latin1 output.
const s = crypto.createCipheriv('aes-128-ctr', 'abcdefghijklmnop', 'ABCDEFGHIJKLMNOP');
console.log('latin1', JSON.stringify(s.update('the data', 'utf8', 'latin1') + s.final('latin1')));
// chacha20 (a stream cipher with a 16-byte IV).
const ch = crypto.createCipheriv('chacha20', keys[256], iv);
console.log('chacha20', ch.update('stream cipher', 'utf8', 'hex') + ch.final('hex'));
