'use strict';
// Random text cut into random chunk sizes decodes back to itself, for utf8, utf16le
// and base64 (deterministic PRNG).
const { StringDecoder } = require('string_decoder');
let seed = 7;
const rand = (n) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
const alphabet = ['a', 'Z', ' ', '\u00e9', '\u00ff', '\u0100', '\u20ac', '\u4e2d', '\u{1f600}', '\u{10348}'];
for (let round = 0; round < 20; round++) {
  let text = '';
  for (let i = 0; i < 40; i++) text += alphabet[rand(alphabet.length)];
  const results = [];
  for (const enc of ['utf8', 'utf16le', 'base64']) {
    const data = enc === 'base64' ? Buffer.from(text) : Buffer.from(text, enc);
    const d = new StringDecoder(enc);
    let out = '';
    let chunks = 0;
    for (let i = 0; i < data.length;) {
      const n = 1 + rand(7);
      out += d.write(data.subarray(i, i + n));
      i += n;
      chunks++;
    }
    out += d.end();
    const expected = enc === 'base64' ? data.toString('base64') : text;
    results.push(`${enc}:${chunks}:${out === expected}`);
  }
  console.log(round, results.join(' '));
}
