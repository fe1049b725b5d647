'use strict';
// ascii decoding clears the high bit; ascii encoding keeps the low byte (like latin1).
const bytes = [];
for (let i = 0; i < 256; i += 5) bytes.push(i);
const s = Buffer.from(bytes).toString('ascii');
console.log(s.length, [...s].map((c) => c.charCodeAt(0)).join(','));
for (const str of ['abc', '\u00e9', '\u20ac', 'a\u0180b']) {
  console.log(JSON.stringify(str), Buffer.from(str, 'ascii').toString('hex'), Buffer.byteLength(str, 'ascii'));
}
const w = Buffer.alloc(3);
console.log(w.write('\u00ffz', 'ascii'), w.toString('hex'), w.toString('ascii', 0, 1).charCodeAt(0));
