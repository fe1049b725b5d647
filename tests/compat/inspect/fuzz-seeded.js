'use strict';
// Seeded random values (nested objects, arrays, Maps, Sets, errors, cycles, ...)
// under random options: a broad net for layout differences. showHidden is left out:
// V8 gives sloppy functions own 'arguments' and 'caller' properties.
const util = require('util');
let seed = 1;
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const words = ['a', 'bb', 'key', 'longer key', 'x-y', '1', 'ünï', "it's", 'q"uote', 'line\nbreak', '', 'a'.repeat(30)];
function gen(d) {
  const r = rnd();
  if (d > 4 || r < 0.35) {
    return pick([() => Math.floor(rnd() * 2000) - 1000, () => rnd() * 100, () => pick(words), () => null, () => undefined,
      () => true, () => BigInt(Math.floor(rnd() * 1e6)), () => -0, () => NaN, () => pick(words).repeat(Math.floor(rnd() * 5))])();
  }
  const n = Math.floor(rnd() * (rnd() < 0.2 ? 30 : 6));
  const kind = pick(['obj', 'arr', 'arr', 'map', 'set', 'nullobj', 'typed', 'date', 'fn', 'err', 'cls', 'cyc', 'sym', 'getter', 'boxed', 'promise']);
  switch (kind) {
    case 'obj': { const o = {}; for (let i = 0; i < n; i++) o[pick(words) + (rnd() < 0.3 ? i : '')] = gen(d + 1); return o; }
    case 'nullobj': { const o = Object.create(null); for (let i = 0; i < n; i++) o[pick(words)] = gen(d + 1); return o; }
    case 'arr': { const a = []; for (let i = 0; i < n; i++) a.push(gen(d + 1)); if (rnd() < 0.1) a.length += 3; return a; }
    case 'map': { const m = new Map(); for (let i = 0; i < n; i++) m.set(gen(d + 2), gen(d + 1)); return m; }
    case 'set': { const s = new Set(); for (let i = 0; i < n; i++) s.add(gen(d + 1)); return s; }
    case 'typed': return new Uint16Array(n * 3).map(() => Math.floor(rnd() * 70000));
    case 'date': return new Date(Math.floor(rnd() * 2e12));
    case 'err': { const e = new (pick([Error, TypeError, RangeError]))(pick(words)); e.stack = rnd() < 0.5 ? `${e.name}: ${e.message}` : `${e.name}: ${e.message}\n    at f (a.js:1:1)`; if (n > 3) e.extra = gen(d + 1); return e; }
    case 'cls': { class Thing { constructor() { this.v = gen(d + 1); } } return new Thing(); }
    case 'cyc': { const o = { a: gen(d + 1) }; o.self = o; if (n > 2) o.arr = [o, { back: o }]; return o; }
    case 'sym': return { [Symbol(pick(words))]: gen(d + 1), plain: 1 };
    case 'getter': return Object.defineProperty({ x: 1 }, 'g', { get() { return 1; }, enumerable: true });
    case 'boxed': return pick([new Number(rnd()), new String(pick(words)), new Boolean(rnd() < 0.5)]);
    case 'promise': return Promise.resolve(gen(d + 1));
    default: return Object.assign(function named() {}, n > 3 ? { p: gen(d + 1) } : {});
  }
}
for (let i = 0; i < 600; i++) {
  const v = gen(0);
  const opts = pick([{}, {}, { depth: 4 }, { compact: false }, { compact: 1 }, { breakLength: 40 }, { sorted: true }, { maxArrayLength: 5 }, { compact: true }, { breakLength: 120, depth: 1 }, { colors: true }, { getters: true }, { numericSeparator: true }]);
  console.log(util.inspect(v, opts));
}
