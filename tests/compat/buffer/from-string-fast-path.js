'use strict';
// Buffer.from(string, encoding) is answered natively for exact encoding names and
// by the JS version for everything else: both must agree with Node, whatever the
// spelling, the pool size or the string's shape.
const show = (b) => `${b.length}:${b.toString('hex')}`;

const text = 'h\u00e9llo \u20ac \u{1f600}';
for (const enc of [undefined, 'utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'utf16le', 'UCS-2', 'utf-16le',
  'latin1', 'binary', 'BINARY', 'ascii', 'ASCII', 'base64', 'Base64', 'base64url', 'BASE64URL', 'hex', 'HEX']) {
  console.log(String(enc), show(Buffer.from(text, enc)), show(Buffer.from('', enc)));
}
// Non-string encodings mean utf8; an empty name too.
for (const enc of [null, 5, '', false]) console.log(String(enc), show(Buffer.from(text, enc)));
for (const enc of ['utf9', 'hex ', {}]) {
  try {
    Buffer.from(text, enc);
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}

// base64 and hex through the pool: whitespace, junk, padding, url alphabet, odd lengths.
for (const s of ['aGVsbG8gd29ybGQ=', 'aGVs bG8g\nd29y\r\nbGQ', 'aGVsbG8=aGVsbG8=', '-_-_', '+/+/', 'Q', 'QQ', 'QUI',
  '!!!!', 'aGVsbG8gd29ybGQ'.repeat(40), 'Zm9v'.repeat(1000) + '=']) {
  console.log(show(Buffer.from(s, 'base64')).slice(0, 80), Buffer.from(s, 'base64url').length);
}
for (const s of ['48656c6c6f', '48656C6C6F', '48656c6c6', '4865zz6c6f', 'zz', '4', '00'.repeat(3000)]) {
  console.log(show(Buffer.from(s, 'hex')).slice(0, 80));
}

// Ropes and String objects.
let rope = '';
for (let i = 0; i < 50; i++) rope += 'ab' + i;
console.log(show(Buffer.from(rope)).slice(0, 40), Buffer.from(rope, 'latin1').length);
console.log(show(Buffer.from(new String('abc'))), show(Buffer.from(new String('616263'), 'hex')));
console.log(Buffer.from.name, Buffer.from.length);

// A small pool: each 49-byte allocation fills one, so later pools have the new size.
Buffer.poolSize = 100;
let last;
for (let i = 0; i < 300; i++) last = Buffer.allocUnsafe(49);
console.log(last.buffer.byteLength, Buffer.from('0123456789', 'latin1').buffer.byteLength);
console.log(Buffer.from('x'.repeat(49)).buffer.byteLength, Buffer.from('x'.repeat(50)).buffer.byteLength);
console.log(Buffer.from([1, 2, 3]).buffer.byteLength, show(Buffer.from([1, 2, 3])));
// A pool size that is not a number: nothing is pooled.
Buffer.poolSize = 'big';
console.log(Buffer.from('abc').buffer.byteLength, Buffer.allocUnsafe(3).buffer.byteLength);
Buffer.poolSize = 8192;
console.log(Buffer.from('abc').toString(), Buffer.allocUnsafe(3).length);
