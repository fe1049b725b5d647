'use strict';
// latin1/binary: one byte per character; characters above U+00FF keep their low byte.
let all = '';
for (let c = 0; c < 256; c++) all += String.fromCharCode(c);
const b = Buffer.from(all, 'latin1');
console.log(b.length, b.toString('latin1') === all, b.toString('binary') === all, b.equals(Buffer.from(all, 'binary')));
for (const s of ['\u0100', '\u0141\u20ac\uffff', '\u{1f600}', 'abc\u00ff']) {
  console.log(JSON.stringify(s), Buffer.from(s, 'latin1').toString('hex'), Buffer.byteLength(s, 'latin1'));
}
const w = Buffer.alloc(4, 0x2e);
console.log(w.write('\u20acxyz\u00e9', 1, 'latin1'), w.toString('hex'));
console.log(JSON.stringify(Buffer.from([0xe9, 0x41, 0x80]).toString('latin1')));
