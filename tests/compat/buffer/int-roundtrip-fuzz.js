'use strict';
// Random integers written and read back at every width and order (deterministic PRNG).
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const b = Buffer.alloc(16);
let ok = 0;
const bad = [];
for (let i = 0; i < 2000; i++) {
  const n = 1 + Math.floor(rnd() * 6);
  const signed = rnd() < 0.5;
  const le = rnd() < 0.5;
  const range = 2 ** (8 * n);
  let v = Math.floor(rnd() * range);
  if (signed) v -= range / 2;
  const off = Math.floor(rnd() * (16 - n));
  const w = `write${signed ? 'Int' : 'UInt'}${le ? 'LE' : 'BE'}`;
  const r = `read${signed ? 'Int' : 'UInt'}${le ? 'LE' : 'BE'}`;
  const end = b[w](v, off, n);
  const back = b[r](off, n);
  if (end === off + n && back === v) ok++;
  else bad.push(`${w} ${v} ${off} ${n} -> ${back}`);
}
console.log(ok, bad.slice(0, 5).join('; '));
