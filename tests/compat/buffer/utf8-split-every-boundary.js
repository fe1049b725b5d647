'use strict';
// toString(start, end) over every range of a mixed buffer: partial characters at
// either edge become U+FFFD exactly as Node decodes them.
const buf = Buffer.from('a\u00e9\u20ac\u{1f600}b\u0800\u{10ffff}');
const lines = [];
for (let start = 0; start <= buf.length; start++) {
  for (let end = start; end <= buf.length; end++) {
    const s = buf.toString('utf8', start, end);
    lines.push(`${start}-${end}:${[...s].map((c) => c.codePointAt(0).toString(16)).join('.')}`);
  }
}
console.log(lines.length);
for (let i = 0; i < lines.length; i += 8) console.log(lines.slice(i, i + 8).join(' '));
