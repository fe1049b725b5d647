'use strict';
// Decoding ill-formed input in every encoding: CESU-8 surrogate pairs, 0xF5-0xFF lead
// bytes, truncated sequences in the middle and at the end; high bytes through ascii,
// latin1, ucs2 (odd lengths), hex and base64; chars > 0xFF written as latin1/ascii;
// hex strings with odd length or bad digits (decoding stops at the first bad pair);
// base64 with whitespace, padding in the middle and mixed url-safe characters.
const cases = ['eda0bdedb880', 'f4', 'f480', 'f48080', 'ff41', 'fe', 'c0', 'c1bf', 'e0a0', '80', 'bf80', '41e2', '41e282',
  'e282e282ac', 'f0908041', 'edb080eda080', 'f5', 'f7bfbfbf', 'f8', 'c2c2c2', 'e0e0e0'];
for (const hex of cases) {
  const s = Buffer.from(hex, 'hex').toString();
  console.log(hex, [...s].map((c) => c.codePointAt(0).toString(16)).join(','));
}
for (const enc of ['ascii', 'latin1', 'ucs2', 'hex', 'base64', 'base64url', 'utf8']) {
  const b = Buffer.from([0x80, 0xff, 0x00, 0x41, 0xfe]);
  console.log(enc, JSON.stringify(b.toString(enc)), JSON.stringify(b.toString(enc, 1, 4)), JSON.stringify(b.toString(enc, 3)));
}
console.log(Buffer.from('\u0100\u0141\uffff\ud800', 'latin1').toString('hex'), Buffer.from('\u0100\u0141\uffff', 'ascii').toString('hex'));
console.log(Buffer.from('abc', 'ucs2').toString('hex'), Buffer.from([0x41, 0, 0x42]).toString('ucs2').length,
  Buffer.from([0x41]).toString('utf16le').length);
for (const s of ['abz', 'a', 'abc', '0g12', '12 34', 'ABcd', '1', '', 'gg', '0x12', '123']) {
  console.log(JSON.stringify(s), Buffer.from(s, 'hex').toString('hex'), Buffer.byteLength(s, 'hex'));
}
for (const s of ['YW Jj', 'YW=Jj', 'YQ==YQ==', 'Y-_/+A', ' YWJj ', 'YWJj\n\tZA', 'Y', 'YQ', 'YQ=', '=YQ', 'YQ==\n', '***YWJj',
  'YW\u00e9Jj', 'YWJj=x']) {
  const b = Buffer.from(s, 'base64');
  const u = Buffer.from(s, 'base64url');
  console.log(JSON.stringify(s), b.toString('hex'), u.toString('hex'), Buffer.byteLength(s, 'base64'), Buffer.byteLength(s, 'base64url'));
}
