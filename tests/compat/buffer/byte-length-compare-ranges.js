'use strict';
// Buffer.byteLength for every encoding name (aliases, case, unknown, non-string) on
// strings with multi-byte chars, lone surrogates and base64 padding/whitespace; for
// ArrayBuffer, DataView, typed arrays, SharedArrayBuffer; bad argument types. Then
// buf.compare with every out-of-range target/source bound (ERR_OUT_OF_RANGE text),
// inverted and empty ranges, and equals/compare on non-Uint8Array views.
const run = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.name, e.message); }
};
const encs = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url',
  'UTF8', 'HEX', 'bogus', undefined, null, 1, ''];
for (const s of ['', 'a', 'ab\u00e9', '\u20ac\ud83d\ude00', '\ud800', 'abc=', 'ab==', 'a b c', 'YW Jj==', '\u00ff\u0100']) {
  run(JSON.stringify(s), () => encs.map((e) => Buffer.byteLength(s, e)));
}
const ab = new ArrayBuffer(10);
run('ab', () => [Buffer.byteLength(ab), Buffer.byteLength(new DataView(ab, 2)), Buffer.byteLength(new Uint16Array(3)),
  Buffer.byteLength(new SharedArrayBuffer(4)), Buffer.byteLength(Buffer.alloc(5), 'hex'), Buffer.byteLength(new Float64Array(2).subarray(1))]);
for (const v of [1, {}, [], null, undefined, true, 1n, Symbol.iterator]) run('bad', () => Buffer.byteLength(v));
run('big', () => Buffer.byteLength('a'.repeat(1000) + '\u20ac'.repeat(1000), 'utf8'));
const a = Buffer.from('abcdef');
const c = Buffer.from('abcxyz');
for (const args of [[0, 3, 0, 3], [6], [7], [0, 6, 6], [0, 6, 7], [3, 2], [0, 0, 0, 0], [undefined, undefined, 1],
  [null, null, null, null], [-0], [0, -1], [0, 7], [0, 6, -1, 6], [0, 6, 0, 7], [2 ** 32], ['0'], [0, 6, 1, 0], [1, 0]]) {
  run('cmp' + JSON.stringify(args), () => a.compare(c, ...args));
}
run('eq1', () => [a.equals(a), a.equals(new Uint8Array(a)), a.equals(Buffer.from('abcdeg'))]);
run('eq2', () => a.equals('abcdef'));
run('eq3', () => a.equals(new DataView(a.buffer)));
run('eq4', () => a.equals([1]));
run('cmpS', () => Buffer.compare(a, new DataView(new ArrayBuffer(1))));
run('cmpT', () => a.compare(new Uint16Array(2)));
