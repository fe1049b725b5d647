'use strict';
// indexOf/lastIndexOf/includes byteOffset coercion: negative, NaN, null, strings,
// objects, beyond the length, +-Infinity, 2**53; empty needles (string and Buffer)
// at every such offset; number needles that wrap (0x162, -158, 98.7); invalid needle
// types and encodings; hex/base64/base64url needles; multi-byte needles from offsets.
const run = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.name, e.message); }
};
const b = Buffer.from('abcabcabc');
for (const off of [undefined, -1, -3, -100, 0, 3, 8, 9, 10, 100, NaN, null, '', '3', 'x', {}, [], true, 1.9, -1.9, Infinity,
  -Infinity, 2 ** 53]) {
  run('io' + String(off), () => [b.indexOf('bc', off), b.lastIndexOf('bc', off), b.includes('bc', off), b.indexOf('', off),
    b.lastIndexOf('', off), b.indexOf(Buffer.alloc(0), off), b.indexOf(0x62, off), b.lastIndexOf(0x62, off)]);
}
run('e1', () => [Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf(''), Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).includes('')]);
run('n1', () => [b.indexOf(0x162), b.indexOf(-158), b.indexOf(98.7), b.indexOf(NaN), b.indexOf(true)]);
run('n2', () => b.indexOf({}));
run('n3', () => b.indexOf(Symbol('s')));
run('n4', () => b.indexOf(1n));
run('n5', () => b.indexOf([0x62]));
run('n6', () => b.indexOf(new Uint8Array([0x63, 0x61])));
run('n7', () => b.indexOf('bc', 0, 'bogus'));
run('n8', () => b.indexOf('bc', 'bogus'));
run('n9', () => [b.indexOf('YmM=', 'base64'), b.indexOf('6263', 'hex'), b.indexOf('626', 'hex'), b.lastIndexOf('6263', -2, 'hex'),
  b.indexOf('', 'hex'), b.indexOf('zz', 'hex'), b.indexOf('YmM', 'base64url')]);
run('n10', () => [b.indexOf('bc', undefined, 'latin1'), b.lastIndexOf('bc', undefined), b.lastIndexOf('bc', null), b.lastIndexOf('bc', NaN)]);
const u = Buffer.from('\u00e9t\u00e9', 'utf8');
run('u1', () => [u.indexOf('\u00e9'), u.lastIndexOf('\u00e9'), u.indexOf('\u00e9', 1), u.indexOf('\u00e9', -2), u.indexOf('\u00e9', 'latin1'),
  u.indexOf('\u00e9', 'ascii')]);
run('u2', () => [Buffer.from('a\u0000b').indexOf('\u0000'), Buffer.from('a\ud83d\ude00').indexOf('\ud83d\ude00'),
  Buffer.from('a\ufffdb').indexOf('\ufffd')]);
