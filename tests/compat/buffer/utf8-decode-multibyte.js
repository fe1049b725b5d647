'use strict';
// Well-formed UTF-8 of 1 to 4 bytes per character decodes to the same code points.
const samples = ['a', '\u00e9', '\u07ff', '\u0800', '\u20ac', '\uffff', '\u{10000}', '\u{1f600}', '\u{10ffff}',
  'mixed a\u00e9\u20ac\u{1f600}z'];
for (const s of samples) {
  const b = Buffer.from(s);
  const back = b.toString();
  console.log(b.toString('hex'), b.length, back === s, [...back].map((c) => c.codePointAt(0).toString(16)).join(','));
}
