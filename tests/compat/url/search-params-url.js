// A URL and its searchParams stay in sync both ways.
const u = new URL('https://h/p?a=1&b=2');
const sp = u.searchParams;
sp.append('c', 'x y');
console.log(u.href, u.search);
u.search = '?z=9';
console.log(sp.get('z'), sp.has('a'), u.searchParams === sp);
sp.delete('z');
console.log(u.href, JSON.stringify(u.search));
u.href = 'https://h/?q=1';
console.log(sp.get('q'));
const o = new URL('sc:opaque  ?x=1');
o.searchParams.delete('x');
console.log(JSON.stringify(o.href));
