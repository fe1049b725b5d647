// Headers and FormData as WebIDL interfaces: their methods (enumerable, in Node's
// order), their pair iterators, and forEach's argument errors.
for (const C of [Headers, FormData]) {
  console.log(C.name, Object.getOwnPropertyNames(C.prototype).join(','));
  console.log(Object.keys(C.prototype).join(','));
  const it = new C()[Symbol.iterator]();
  console.log(Object.prototype.toString.call(it), Object.keys(Object.getPrototypeOf(it)), it.next());
  for (const args of [[], [5]]) {
    try {
      new C().forEach(...args);
    } catch (e) {
      console.log(e.name, e.message);
    }
  }
}
const h = new Headers({ b: '2', a: '1', 'set-cookie': 'x=1' });
h.append('set-cookie', 'y=2');
h.forEach(function (v, k, o) { console.log(k, v, o === h, this.tag); }, { tag: 'this' });
console.log([...h.keys()], [...h.values()], [...h.entries()]);
const f = new FormData();
f.append('k', 'v1');
f.append('k', 'v2');
f.append('z', 'last');
const seen = f.entries();
f.delete('z');
console.log([...seen], [...f.keys()], [...f.values()]);
