'use strict';
// Every single byte decoded alone: ASCII stays, every other byte becomes U+FFFD.
const out = [];
for (let i = 0; i < 256; i++) {
  const s = Buffer.from([i]).toString();
  out.push(s.length === 1 ? s.charCodeAt(0).toString(16) : `len${s.length}`);
}
console.log(out.join(' '));
// Invalid bytes between ASCII letters.
for (const bad of [0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xf8, 0xfc, 0xfe, 0xff]) {
  console.log(bad.toString(16), JSON.stringify(Buffer.from([0x61, bad, 0x62]).toString()));
}
