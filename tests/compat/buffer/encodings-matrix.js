'use strict';
// Encode with one encoding, decode with another, for all pairs.
const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const inputs = ['h\u00e9\u20ac', 'AQID', '0aff', 'a-b_c'];
for (const s of inputs) {
  for (const from of encs) {
    const b = Buffer.from(s, from);
    console.log(JSON.stringify(s), from, encs.map((to) => JSON.stringify(b.toString(to))).join(' '));
  }
}
