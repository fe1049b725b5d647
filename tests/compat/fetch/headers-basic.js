// Headers: the init forms, append/set/get/has/delete, iteration sorted by name with
// values combined (set-cookie apart), getSetCookie(), forEach, inspect.
const h = new Headers([['B', '2'], ['a', '1'], ['Set-Cookie', 'x=1'], ['set-cookie', 'y=2'], ['A', ' 3 ']]);
console.log(h);
console.log([...h]);
console.log(h.get('a'), h.get('A'), h.get('missing'), h.has('b'), h.has('c'));
console.log(h.getSetCookie(), h.get('set-cookie'));
h.set('a', 'only');
h.delete('B');
h.append('cookie', 'c1');
h.append('Cookie', 'c2');
console.log([...h.keys()], [...h.values()]);
console.log(h.get('cookie'));
h.forEach(function (v, k, self) { console.log('each', k, v, self === h, this.tag); }, { tag: 't' });
const fromRecord = new Headers({ 'Content-Type': 'text/plain', 'x-n': 42 });
console.log([...fromRecord.entries()]);
const copy = new Headers(fromRecord);
copy.set('x-n', '43');
console.log(fromRecord.get('x-n'), copy.get('x-n'));
const it = h.entries();
console.log(Object.prototype.toString.call(it), it.next(), typeof it[Symbol.iterator]);
// Iteration sees a live list.
const live = new Headers({ b: '1' });
const li = live.keys();
live.append('a', '2');
console.log(li.next().value, li.next().value, li.next().done);
console.log(Object.prototype.toString.call(h), new Headers().get('x'), [...new Headers()].length);
