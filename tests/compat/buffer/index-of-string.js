'use strict';
// indexOf/lastIndexOf/includes with strings and every kind of byteOffset.
const b = Buffer.from('abcdef abcdef \u20ac\u20ac');
const offsets = [undefined, 0, 1, 7, 8, -1, -3, -7, -100, 100, NaN, null, '2', {}, [], 1.5, -0, Infinity, -Infinity];
for (const needle of ['abc', 'f', 'def a', '\u20ac', 'zz', '']) {
  console.log(JSON.stringify(needle),
    offsets.map((o) => `${b.indexOf(needle, o)}/${b.lastIndexOf(needle, o)}`).join(' '),
    b.includes(needle));
}
console.log(b.indexOf('abc', 'utf8'), b.indexOf('abc', 'latin1'), b.lastIndexOf('abc', 'ucs2'));
