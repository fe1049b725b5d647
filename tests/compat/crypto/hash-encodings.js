// Digest output encodings and string input encodings, including the quirks:
// unknown output encodings give a Buffer, unknown input encodings read UTF-8.
const crypto = require('crypto');
const d = () => crypto.createHash('sha256').update('protojs');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8', 'utf-8', 'ucs2', 'utf16le', 'HEX', 'Base64', 'buffer', 'bogus', '', undefined, null, 0]) {
  const out = d().digest(enc);
  console.log(JSON.stringify(enc), Buffer.isBuffer(out) ? 'Buffer ' + out.toString('hex') : typeof out + ' ' + JSON.stringify(out));
}
console.log(d().digest().equals(Buffer.from(d().digest('hex'), 'hex')));
for (const enc of ['utf8', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'utf16le', 'binary', 'buffer', 'UTF8', 'bogus', 123]) {
  const input = enc === 'hex' ? 'deadbeef' : enc === 'base64' || enc === 'base64url' ? '3q2-7w' : 'h\u00e9llo \u20ac \ud83d\ude00';
  console.log(enc, crypto.createHash('md5').update(input, enc).digest('hex'));
}
// Lone surrogates are replaced as Buffer.from does.
console.log(crypto.createHash('md5').update('a\ud800b').digest('hex') === crypto.createHash('md5').update(Buffer.from('a\ud800b')).digest('hex'));
// Invalid hex stops at the first bad pair, as Buffer.from does.
console.log(crypto.createHash('md5').update('abzz', 'hex').digest('hex') === crypto.createHash('md5').update(Buffer.from('ab', 'hex')).digest('hex'));
