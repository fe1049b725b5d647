// structuredClone: supported types keep their shape; references and cycles survive.
const d = new Date(0);
const src = {
  n: 1, s: 'x', b: true, u: undefined, nul: null, big: 10n, neg0: -0,
  d, re: /a+/gi, m: new Map([[1, { k: 'v' }]]), set: new Set([1, 2]),
  arr: [1, , 3], ta: new Uint16Array([1, 2, 3]), ab: new ArrayBuffer(4),
  err: new RangeError('bad'), nested: { deep: { deeper: [d] } },
};
src.self = src;
const c = structuredClone(src);
console.log(c !== src, c.self === c, c.d instanceof Date, c.d !== d, c.d.getTime(), c.nested.deep.deeper[0] === c.d);
console.log(c.re.source, c.re.flags, c.re.lastIndex, c.m.get(1).k, [...c.set].join(), c.arr.length, 1 in c.arr);
console.log(c.ta.constructor.name, [...c.ta].join(), c.ab.byteLength, c.big, Object.is(c.neg0, -0), 'u' in c);
console.log(c.err instanceof RangeError, c.err.message, c.err.name);
class Foo { constructor() { this.x = 1; } method() {} }
const f = structuredClone(new Foo());
console.log(f.constructor === Object, f.x);
const shared = new Uint8Array([1, 2, 3, 4]);
const two = structuredClone({ a: shared, b: new Uint8Array(shared.buffer, 2) });
console.log(two.a.buffer === two.b.buffer, [...two.b].join());
console.log(structuredClone(5), structuredClone('s'), structuredClone(null));
