// Request: URL parsing, method validation and normalization, the informational
// fields, inspect, errors, and a Request made from another Request.
const tryit = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name, e.message); } };
const r = new Request('http://example.com/a/../b?c=d#frag');
console.log(r.url, r.method, r.destination, r.referrer, r.referrerPolicy, r.mode, r.credentials, r.cache,
  r.redirect, r.integrity, r.keepalive, r.isReloadNavigation, r.isHistoryNavigation, r.body, r.bodyUsed, r.duplex);
console.log(r.signal instanceof AbortSignal, r.signal.aborted, r.headers instanceof Headers);
for (const m of ['get', 'post', 'Put', 'delete', 'options', 'head', 'patch', 'PROPFIND', 'Custom']) {
  console.log(m, '->', new Request('http://a/', { method: m }).method);
}
tryit(() => new Request('http://a', { method: 'CONNECT' }));
tryit(() => new Request('http://a', { method: 'trace' }));
tryit(() => new Request('http://a', { method: 'bad method' }));
tryit(() => new Request('http://a', { redirect: 'bogus' }));
tryit(() => new Request('http://a', { signal: 5 }));
tryit(() => new Request('http://u:p@a/'));
tryit(() => new Request('/relative'));
tryit(() => new Request('http://a', 5));
tryit(() => new Request());
tryit(() => new Request('http://a', { mode: 'navigate' }));
tryit(() => new Request('http://a', { mode: 'bogus' }));
tryit(() => new Request('http://a', null).method);
tryit(() => new Request('http://a', { keepalive: 1, cache: 'no-store', redirect: 'manual', integrity: 'sha-x', referrer: '' }));
const base = new Request('http://x/', { method: 'POST', headers: { a: '1' }, body: 'payload', redirect: 'error' });
const derived = new Request(base, { method: 'PUT' });
console.log(derived.method, derived.headers.get('a'), derived.redirect, base.bodyUsed, derived.bodyUsed);
tryit(() => new Request(base));
const c = new AbortController();
const rq = new Request('http://a', { signal: c.signal });
c.abort();
console.log(rq.signal.aborted, rq.signal !== c.signal, rq.signal.reason.name);
console.log(Object.prototype.toString.call(rq));
