// Requests fetch() refuses before any connection: invalid URLs, credentials, bad
// ports, unsupported schemes, GET with a body, bad methods.
(async () => {
  const cases = [
    ['not a url'],
    ['/relative'],
    ['http://user:pass@127.0.0.1/'],
    ['http://127.0.0.1:1/'],
    ['http://127.0.0.1:25/'],
    ['ftp://example.com/'],
    ['file:///etc/hostname'],
    ['about:blank'],
    ['ws://127.0.0.1/'],
    ['http://127.0.0.1/', { body: 'x' }],
    ['http://127.0.0.1/', { method: 'HEAD', body: 'x' }],
    ['http://127.0.0.1/', { method: 'TRACE' }],
    ['http://127.0.0.1/', { method: 'b a d' }],
    ['http://127.0.0.1/', { headers: { 'bad header': 'x' } }],
    ['http://127.0.0.1/', { redirect: 'nope' }],
    ['http://127.0.0.1/', 42],
  ];
  for (const [url, init] of cases) {
    try {
      await fetch(url, init);
      console.log('unexpected success', url);
    } catch (e) {
      console.log(JSON.stringify(url), e.name, e.message, e.cause ? `cause: ${e.cause.name} ${e.cause.message}` : 'no cause');
    }
  }
  const p = fetch('nope');
  console.log(p instanceof Promise);
  p.catch(() => {});
})();
