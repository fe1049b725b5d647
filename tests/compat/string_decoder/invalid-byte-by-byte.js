'use strict';
// StringDecoder('utf8') fed ill-formed input one byte at a time vs all at once: encoded
// surrogates, overlongs, 0xF5/0xFF, truncated sequences interrupted by ASCII or new
// lead bytes, CESU-8; lastNeed/lastTotal after every byte and what end() flushes.
// Then utf16le split into 1..5-byte chunks around surrogate pairs and a trailing lone
// high surrogate, end() with a leftover byte/surrogate, write() after end(), text(),
// the decoder's own keys and prototype, and latin1 on typed arrays/DataView.
const { StringDecoder } = require('string_decoder');
const show = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(',');
const cases = ['eda080', 'c0af', 'e08080', 'f5', 'f4908080', 'e282', 'f09f98', 'e2e282ac', 'f0f09f9880', 'c2', 'c2c2', '80', 'e282ac80',
  'edbfbf41', 'f09f', 'ff', 'c341', 'e24182', 'f0419f98', 'eda0bdedb880'];
for (const hex of cases) {
  const data = Buffer.from(hex, 'hex');
  const d1 = new StringDecoder('utf8');
  const parts = [];
  for (const byte of data) {
    parts.push(show(d1.write(Buffer.from([byte]))));
    parts.push(`${d1.lastNeed}/${d1.lastTotal}`);
  }
  parts.push('end:' + show(d1.end()));
  const d2 = new StringDecoder('utf8');
  console.log(hex, parts.join(' '), '|', show(d2.write(data)), d2.lastNeed, d2.lastTotal, show(d2.end()), '|', show(data.toString()));
}
const u = Buffer.from('a\ud83d\ude00b\ud800', 'utf16le');
for (let size = 1; size <= 5; size++) {
  const d = new StringDecoder('utf16le');
  const out = [];
  for (let i = 0; i < u.length; i += size) out.push(show(d.write(u.subarray(i, i + size))) + '[' + d.lastNeed + '/' + d.lastTotal + ']');
  out.push('end:' + show(d.end()));
  console.log('u16', size, out.join(' '));
}
const d3 = new StringDecoder('utf16le');
console.log(show(d3.write(Buffer.from([0x3d, 0xd8, 0x41]))), d3.lastNeed, d3.lastTotal, show(d3.end()), show(d3.end(Buffer.from([0x41]))),
  show(d3.end(Buffer.from([0x3d, 0xd8]))));
const d4 = new StringDecoder('utf8');
d4.write(Buffer.from([0xf0, 0x9f]));
console.log(show(d4.end()), show(d4.write(Buffer.from([0x98, 0x80]))), show(d4.end()));
const d5 = new StringDecoder('ucs2');
console.log(show(d5.write(Buffer.from([0x3d, 0xd8]))), show(d5.write(Buffer.from([0x41, 0x00]))), show(d5.end()));
const d6 = new StringDecoder('utf8');
console.log(show(d6.text(Buffer.from([0x61, 0xe2, 0x82]), 0)), show(d6.text(Buffer.from([0x61, 0xe2, 0x82]), 1)), d6.lastNeed, show(d6.end()));
console.log(typeof d6.fillLast, typeof d6.text, Object.keys(d6).sort().join(','), Object.getOwnPropertyNames(StringDecoder.prototype).sort().join(','));
const d7 = new StringDecoder('hex');
console.log(d7.lastChar, d7.lastNeed, d7.lastTotal, JSON.stringify(d7.end()), d7.write(Buffer.from([1])));
const d8 = new StringDecoder('latin1');
console.log(d8.write(new Uint8Array([0xe9])), d8.write(new DataView(new Uint8Array([0xe8]).buffer)), d8.end(new Uint16Array([0x4142])));
