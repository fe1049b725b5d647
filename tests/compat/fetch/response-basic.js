// Response: constructor checks, status/ok/statusText, static error/json/redirect, inspect.
const tryit = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.message); } };
const r = new Response('hi', { status: 201, statusText: 'Made', headers: { 'X-A': 'b' } });
console.log(r);
console.log(r.status, r.ok, r.statusText, r.type, r.url, r.redirected, r.headers.get('content-type'));
console.log(new Response().status, new Response().body, new Response(null, { status: 204 }).status);
console.log(new Response('x', { status: 404 }).ok, new Response('x', { status: 299 }).ok, new Response('x', { status: 300 }).ok);
tryit(() => new Response('x', { status: 99 }));
tryit(() => new Response('x', { status: 600 }));
tryit(() => new Response('x', { status: 204 }));
tryit(() => new Response('x', { status: 304 }));
tryit(() => new Response('x', { statusText: 'a\nb' }));
tryit(() => new Response('x', 5));
tryit(() => Response.error());
tryit(() => Response.json({ a: [1, 'two'] }, { status: 202, headers: { 'x-y': 'z' } }));
tryit(() => Response.json(undefined));
tryit(() => Response.redirect('/x'));
tryit(() => Response.redirect('http://a/b c', 307));
tryit(() => Response.redirect('http://a/', 200));
const red = Response.redirect('http://example.com/next', 301);
console.log(red.status, red.headers.get('location'), red.body, red.ok);
(async () => {
  console.log(await Response.json({ n: 1 }).json(), await Response.json('str').text());
  console.log(Object.prototype.toString.call(r), typeof Response.prototype.clone);
})();
