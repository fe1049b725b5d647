'use strict';
// Every BMP code point except surrogates survives encode + decode; the encoded size
// is 1, 2 or 3 bytes by range.
let ok = 0, bad = 0;
const sizes = [0, 0, 0, 0];
for (let cp = 0; cp <= 0xffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const s = String.fromCharCode(cp);
  const b = Buffer.from(s);
  sizes[b.length]++;
  if (b.toString() === s) ok++; else bad++;
}
console.log(ok, bad, sizes.join(','));
// The same as one long string.
let all = '';
for (let cp = 0x80; cp < 0xd800; cp += 7) all += String.fromCharCode(cp);
const b = Buffer.from(all);
console.log(b.length, b.toString() === all, Buffer.byteLength(all));
