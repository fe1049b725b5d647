// The deprecated randomBytes aliases (DEP0115): hidden accessors, as in Node.
const c = require('crypto');
for (const k of ['prng', 'pseudoRandomBytes', 'rng']) {
  const d = Object.getOwnPropertyDescriptor(c, k);
  console.log(k, d.get.name, typeof d.set, d.set && d.set.name);
}
console.log(c.prng === c.randomBytes, c.pseudoRandomBytes === c.randomBytes, c.rng.name);
c.rng = 5; console.log(typeof c.rng, Object.getOwnPropertyDescriptor(c, 'rng'));
