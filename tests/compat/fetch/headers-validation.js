// Headers: invalid names and values, ByteString conversion, argument counts, guards.
const h = new Headers();
const attempts = [
  () => h.append('bad name', 'x'),
  () => h.append('x', 'a\nb'),
  () => h.append('x', 'a\0b'),
  () => h.set('x', 'a\rb'),
  () => h.get('bad:name'),
  () => h.has(''),
  () => h.delete('ü'),
  () => h.append('x'),
  () => h.get(),
  () => h.forEach(),
  () => h.forEach(5),
  () => new Headers([['a']]),
  () => new Headers([['a', 'b', 'c']]),
  () => new Headers(5),
  () => new Headers('abc'),
  () => new Headers([5]),
  () => new Headers({ a: '\u0100' }),
  () => new Headers({ a: 'é' }).get('a'),
  () => new Headers({ x: '  padded\t ' }).get('x'),
  () => new Headers({ x: 'in ner' }).get('x'),
  () => Response.error().headers.set('a', 'b'),
  () => Response.error().headers.append('a', 'b'),
  () => Response.error().headers.delete('a'),
  () => Response.redirect('http://example.com/x').headers.set('location', '/y'),
  () => new Response('x').headers.set('content-type', 'text/html') ?? 'mutable',
  () => new Request('http://example.com/').headers.set('x', 'y') ?? 'mutable',
];
for (const f of attempts) {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, JSON.stringify(e.message)); }
}
