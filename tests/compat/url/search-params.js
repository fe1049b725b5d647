// URLSearchParams: parsing, mutation, sorting, iteration and serialization.
const p = new URLSearchParams('?a=1&b=2&a=3&c=%20x+y&d&=e&f=%zz');
console.log(p.toString(), p.size);
console.log(p.get('a'), p.getAll('a').join(','), p.get('c'), JSON.stringify(p.get('d')), p.get('nope'));
console.log(p.has('a'), p.has('a', '3'), p.has('a', '9'));
p.append('z', 'é &='); p.set('a', 'only'); p.delete('b'); p.delete('c', 'nope');
console.log(p.toString());
p.sort(); console.log([...p.keys()].join(','), [...p.values()].join('|'));
for (const [k, v] of p) console.log(`${k}=${v}`);
p.forEach(function (v, k, self) { console.log(k, v, self === p, this.t); }, { t: 1 });
console.log(new URLSearchParams({ x: '1', y: ['a', 'b'] }).toString());
console.log(new URLSearchParams([['k', 'v'], ['k', 'w']]).toString());
console.log(new URLSearchParams(new Map([['m', 'n']])).toString());
console.log(new URLSearchParams('a=b~!*()\'').toString());
try { new URLSearchParams([['only']]); } catch (e) { console.log(e.code, e.message); }
try { p.get(); } catch (e) { console.log(e.code, e.message); }
