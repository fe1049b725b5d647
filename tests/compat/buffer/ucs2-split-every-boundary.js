'use strict';
// toString('utf16le', start, end) for every range, including odd starts.
const buf = Buffer.from('a\u20ac\u{1f600}z', 'utf16le');
const out = [];
for (let s = 0; s <= buf.length; s++) {
  for (let e = s; e <= buf.length; e++) {
    const str = buf.toString('utf16le', s, e);
    out.push(`${s}-${e}:${[...str].map((c) => c.charCodeAt(0).toString(16)).join('.')}`);
  }
}
for (let i = 0; i < out.length; i += 6) console.log(out.slice(i, i + 6).join(' '));
