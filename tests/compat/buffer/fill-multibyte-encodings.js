'use strict';
// buf.fill with multi-byte strings cut by the range (a partial last character is still
// written byte-wise), lone surrogates, ucs2/latin1/ascii/hex/base64/base64url values,
// invalid hex (ERR_INVALID_ARG_VALUE), numbers that wrap, typed-array and DataView
// values, argument shuffles (encoding in the offset/end slot) and range errors.
const run = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.name, e.code ? e.message : ''); }
};
const F = (...args) => {
  const b = Buffer.alloc(9, 0x2e);
  b.fill(...args);
  return b.toString('hex');
};
for (const args of [['\u20ac'], ['\u20ac', 1], ['\u20ac', 0, 5], ['\u20ac', 0, 2], ['\u20ac', 0, 1], ['\ud83d\ude00', 1, 8],
  ['\u00e9', 'latin1'], ['\u00e9', 'ascii'], ['\u0100', 'latin1'], ['\ud800'], ['\ud800', 'ucs2'], ['\u20ac', 'ucs2'],
  ['\u20ac', 0, 3, 'ucs2'], ['a', 0, 9, 'ucs2'], ['ab', 0, 9, 'ucs2'], ['abc', 'hex'], ['a', 'hex'], ['', 'hex'], ['0', 'hex'],
  ['0g', 'hex'], ['00gg', 'hex'], ['=', 'base64'], ['YQ', 'base64'], ['////', 'base64url'], ['-_', 'base64url'], [' ', 'base64'],
  ['abc', 2, 2], ['abc', 9], ['abc', 10], [0x1234], [-1], [256], [3.9], [NaN], [Infinity], [new Uint8Array(0), 1],
  [new Uint16Array([0x4142])], [new DataView(new ArrayBuffer(2))], [Buffer.from('xyz'), 7], [[1, 2]], [{ valueOf() { return 5; } }],
  ['abc', 'utf8', 3], ['a', 0, 'latin1'], ['a', 0, 5, 'bogus'], ['a', '1'], ['a', 0, '5'], ['a', -1], ['a', 0, -1], ['a', 0, 10],
  ['a', 5, 1], ['a', 1.5], ['a', 0, 2 ** 53], ['a', 2 ** 53]]) {
  run(JSON.stringify(args), () => F(...args));
}
run('bigint', () => F(1n));
