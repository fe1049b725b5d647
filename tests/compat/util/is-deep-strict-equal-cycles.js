'use strict';
// Cyclic structures that unfold to the same infinite tree are deep-equal in Node 20
// even when the cycles have different lengths (a = {x: a} vs b = {x: {x: b}}); checked
// with isDeepStrictEqual, assert.deepEqual and assert.deepStrictEqual.
const assert = require('assert');
const { isDeepStrictEqual: eq } = require('util');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
const strict = (a, b) => { try { assert.deepStrictEqual(a, b); return true; } catch { return false; } };
const cases = {
  obj: (() => { const a = { x: 1 }; a.a = a; const b = { x: 1 }; b.a = { x: 1, a: b }; return [a, b]; })(),
  arr: (() => { const a = []; a[0] = a; const b = []; b[0] = [b]; return [a, b]; })(),
  three: (() => { const a = {}; a.x = a; const b = {}; b.x = { x: { x: b } }; return [a, b]; })(),
  arrMixed: (() => { const c = [1]; c.push(c); const d = [1, [1]]; d[1].push(d); return [c, d]; })(),
  map: (() => { const m1 = new Map(); m1.set('s', m1); const m2 = new Map(); const m3 = new Map(); m2.set('s', m3); m3.set('s', m2); return [m1, m2]; })(),
  differs: (() => { const a = { y: 1 }; a.x = a; const b = { y: 1 }; b.x = { y: 2, x: b }; return [a, b]; })(),
};
for (const [k, [x, y]] of Object.entries(cases)) console.log(k, eq(x, y), eq(y, x), loose(x, y), strict(x, y));
