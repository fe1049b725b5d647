'use strict';
// buffer.transcode between utf8, ucs2, latin1 and ascii on odd, truncated, overlong,
// surrogate and out-of-range input (ICU in Node 20): '?' substitution per invalid
// sequence to latin1/ascii, U+FFFD within utf8 -> utf8 and ucs2 -> ucs2, errors for
// utf8 -> ucs2 and ucs2 -> utf8 on invalid input, unsupported encodings.
const { transcode } = require('buffer');
const run = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.errno, e.message); } };
for (const [h, from, to] of [['410042', 'ucs2', 'utf8'], ['41004200', 'ucs2', 'utf8'], ['41', 'ucs2', 'latin1'], ['410042', 'ucs2', 'latin1'],
  ['41', 'ucs2', 'ucs2'], ['410042', 'ucs2', 'ucs2'], ['00d8', 'ucs2', 'ucs2'], ['41', 'ucs2', 'ascii'], ['3dd800de', 'ucs2', 'utf8'],
  ['3dd800de', 'ucs2', 'ascii'], ['ff', 'utf8', 'utf8'], ['eda080', 'utf8', 'utf8'], ['c3a9', 'utf8', 'latin1'], ['f09f9880', 'utf8', 'latin1'],
  ['f09f9880', 'utf8', 'ucs2'], ['80ff', 'latin1', 'utf8'], ['80ff', 'latin1', 'latin1'], ['7f', 'ascii', 'utf8'], ['eda080', 'utf8', 'latin1'],
  ['eda080', 'utf8', 'ascii'], ['e0', 'utf8', 'latin1'], ['f0', 'utf8', 'latin1'], ['f09f', 'utf8', 'latin1'], ['f09f98', 'utf8', 'latin1'],
  ['f09f9841', 'utf8', 'latin1'], ['f4908080', 'utf8', 'latin1'], ['f5', 'utf8', 'latin1'], ['c0', 'utf8', 'latin1'], ['c041', 'utf8', 'latin1'],
  ['e080', 'utf8', 'latin1'], ['e08080', 'utf8', 'latin1'], ['ed', 'utf8', 'latin1'], ['eda0', 'utf8', 'latin1'], ['edbfbf', 'utf8', 'latin1'],
  ['ff41', 'utf8', 'utf16le'], ['00dc', 'ucs2', 'latin1'], ['00d800d8', 'ucs2', 'latin1'], ['00d84100', 'ucs2', 'latin1'], ['3dd8', 'ucs2', 'ascii'],
  ['ac20', 'ucs2', 'latin1'], ['61ff62', 'utf8', 'binary'], ['61ff62', 'utf-8', 'UCS-2'], ['80', 'ascii', 'ucs2'], ['80', 'binary', 'ascii'],
  ['e9', 'latin1', 'ascii'], ['4100', 'utf16le', 'utf16le'], ['410042', 'utf16le', 'ucs2'], ['00d8', 'utf16le', 'utf8'], ['ff', 'utf8', 'ascii'],
  ['ff', 'ascii', 'utf16le'], ['efbfbd', 'utf8', 'ucs2'], ['41', 'utf8', 'base64'], ['41', 'hex', 'utf8'], ['41', 'latin1', 'foo']]) {
  run(`${h} ${from}>${to}`, () => transcode(Buffer.from(h, 'hex'), from, to).toString('hex'));
}
run('empty', () => transcode(Buffer.alloc(0), 'foo', 'bar').length);
run('u8', () => transcode(new Uint8Array([0x41]), 'latin1', 'utf8'));
run('str', () => transcode('abc', 'latin1', 'utf8'));
