'use strict';
// buffer.transcode on input that is not valid in the source encoding (ICU behaviour in
// Node 20): to UTF-16LE/UTF-8 it throws Error U_INVALID_CHAR_FOUND (errno 10, message
// "Unable to transcode Buffer [U_INVALID_CHAR_FOUND]"); to latin1/ascii bad input
// becomes '?'; 'ascii' input bytes >= 0x80 are invalid (U+FFFD / '?'), except ascii ->
// ucs2, which widens them like latin1.
const { transcode } = require('buffer');
const run = (l, f) => {
  try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.errno, JSON.stringify(e.message), Object.keys(e)); }
};
for (const [h, from, to] of [['61ff62', 'utf8', 'ucs2'], ['61ff62', 'utf8', 'latin1'], ['61ff62', 'utf8', 'ascii'], ['c3', 'utf8', 'ucs2'],
  ['eda080', 'utf8', 'ucs2'], ['c0af', 'utf8', 'latin1'], ['00d8', 'ucs2', 'utf8'], ['00d8', 'ucs2', 'latin1'], ['00dc4100', 'ucs2', 'utf8'],
  ['3dd800de', 'ucs2', 'latin1'], ['e900', 'ucs2', 'ascii'], ['c3a9', 'utf8', 'ascii'], ['80ff', 'latin1', 'ascii'],
  ['80ff', 'ascii', 'latin1'], ['80ff', 'ascii', 'utf8'], ['80ff', 'ascii', 'ascii'], ['80ff', 'ascii', 'ucs2'], ['41', 'ucs2', 'utf8'],
  ['80', 'latin1', 'ucs2'], ['9f', 'latin1', 'utf8']]) {
  run(`${h} ${from}>${to}`, () => transcode(Buffer.from(h, 'hex'), from, to).toString('hex'));
}
