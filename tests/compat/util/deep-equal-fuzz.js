'use strict';
// Seeded random pairs through isDeepStrictEqual and assert.deepEqual (loose): each
// value against a rebuilt copy of itself and against an unrelated value.
const util = require('util');
let seed = 7;
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const S1 = Symbol('s1'); const S2 = Symbol('s2'); class K1 {} class K2 {}
const prims = [0, -0, 1, '1', NaN, null, undefined, true, 'a', 1n, ''];
function gen(d) {
  if (d > 3 || rnd() < 0.4) return pick(prims);
  const n = Math.floor(rnd() * 4);
  switch (pick(['obj', 'arr', 'map', 'set', 'date', 'u8', 'boxed', 'nullobj', 'err', 're', 'sparse', 'sym', 'cls', 'cyc', 'f64'])) {
    case 'obj': { const o = {}; for (let i = 0; i < n; i++) o[pick(['a', 'b', 'c'])] = gen(d + 1); return o; }
    case 'nullobj': { const o = Object.create(null); for (let i = 0; i < n; i++) o[pick(['a', 'b'])] = gen(d + 1); return o; }
    case 'arr': return Array.from({ length: n }, () => gen(d + 1));
    case 'map': return new Map(Array.from({ length: n }, () => [gen(d + 2), gen(d + 1)]));
    case 'set': return new Set(Array.from({ length: n }, () => gen(d + 1)));
    case 'date': return new Date(pick([0, 1, NaN]));
    case 'u8': return new Uint8Array(Array.from({ length: n }, () => pick([0, 1])));
    case 'err': { const e = new (pick([Error, TypeError]))(pick(['x', 'y'])); if (n > 1) e.code = pick(['A', 'B']); return e; }
    case 're': return pick([/a/g, /a/i, /b/g]);
    case 'sparse': { const a = new Array(n + 1); if (n > 1) a[1] = gen(d + 1); return a; }
    case 'sym': { const o = { [pick([S1, S2])]: gen(d + 1) }; return o; }
    case 'cls': return n > 1 ? new K1() : new K2();
    case 'cyc': { const o = { v: pick(prims) }; o.o = o; return o; }
    case 'f64': return new Float64Array([pick([0, -0, NaN, 1])]);
    default: return pick([new Number(pick([0, -0, 1])), new String(pick(['', 'a'])), new Boolean(false)]);
  }
}
const state = seed;
let out = '';
for (let i = 0; i < 3000; i++) {
  const s0 = seed;
  const a = gen(0);
  // Same structure again from the same seed, sometimes perturbed.
  seed = s0;
  const b = gen(0);
  const c = gen(0);
  out += (util.isDeepStrictEqual(a, b) ? 1 : 0) + '' + (util.isDeepStrictEqual(a, c) ? 1 : 0);
  try { require('assert').deepEqual(a, c); out += '1'; } catch { out += '0'; }
  if (i % 50 === 49) out += '\n';
}
console.log(out);
