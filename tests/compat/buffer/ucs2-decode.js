'use strict';
// utf16le/ucs2 decoding: pairs of bytes become code units; an odd last byte is dropped;
// lone surrogates are kept as code units.
const cases = ['', '41', '4100', '410042', '3dd800de', '00d8', '00dc00d8', 'ffffff', '4100e900ac20'];
for (const hex of cases) {
  const b = Buffer.from(hex, 'hex');
  for (const enc of ['ucs2', 'utf16le', 'UCS-2', 'utf-16le']) {
    const s = b.toString(enc);
    if (enc !== 'ucs2' && s !== b.toString('ucs2')) console.log('mismatch', enc);
  }
  const s = b.toString('utf16le');
  console.log(hex, s.length, [...s].map((c) => c.charCodeAt(0).toString(16)).join(','));
}
