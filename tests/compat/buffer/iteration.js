'use strict';
// Buffers iterate like Uint8Arrays: for..of, keys, values, entries, spread.
const b = Buffer.from('abc');
const seen = [];
for (const x of b) seen.push(x);
console.log(seen.join(','), [...b.keys()].join(','), [...b.values()].join(','), JSON.stringify([...b.entries()]));
console.log([...b].length, Array.from(b).map((x) => x + 1).join(','), b.map((x) => x + 1).toString(), Buffer.isBuffer(b.map((x) => x)));
console.log(b.length, b.byteLength, Object.keys(b).join(','), b.at(-1), b.reduce((a, x) => a + x, 0));
const [first, ...rest] = b;
console.log(first, rest.join(','), b[Symbol.iterator] === Uint8Array.prototype[Symbol.iterator]);
