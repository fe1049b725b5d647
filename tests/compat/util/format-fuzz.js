'use strict';
// Seeded random format strings (every placeholder, stray and doubled '%') with
// random arguments.
const util = require('util');
let seed = 3;
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const pieces = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%', 'x', ' ', '%z', 'ab', '%5', '\n'];
const args = [() => 1, () => -0, () => 1.5, () => '42', () => 'str', () => null, () => undefined, () => 10n, () => ({ a: { b: { c: 1 } } }),
  () => [1, [2]], () => true, () => NaN, () => new Date(0), () => 'x%sy', () => ({ toString() { return 'T'; } }), () => new Map([[1, 2]]), () => '', () => '3.9abc'];
for (let i = 0; i < 2000; i++) {
  let f = '';
  const n = Math.floor(rnd() * 6);
  for (let j = 0; j < n; j++) f += pick(pieces);
  const a = Array.from({ length: Math.floor(rnd() * 4) }, () => pick(args)());
  const first = rnd() < 0.9 ? [f] : [pick(args)()];
  try { console.log(JSON.stringify(util.format(...first, ...a))); } catch (e) { console.log('threw', e.name); }
}
