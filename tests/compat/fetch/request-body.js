// Request bodies: each BodyInit type, its Content-Type, and the body rules.
const tryit = async (f) => { try { console.log('ok', await f()); } catch (e) { console.log(e.name, e.message); } };
(async () => {
  const bodies = [
    ['string', 'héllo'],
    ['URLSearchParams', new URLSearchParams({ a: '1', b: 'x y' })],
    ['ArrayBuffer', new TextEncoder().encode('ab').buffer],
    ['Uint8Array', new Uint8Array([104, 105])],
    ['DataView', new DataView(new TextEncoder().encode('xdvx').buffer, 1, 2)],
    ['Buffer', Buffer.from('buf')],
    ['Blob', new Blob(['blob!'], { type: 'Text/Custom' })],
    ['untyped Blob', new Blob(['raw'])],
    ['number', 42],
  ];
  for (const [name, body] of bodies) {
    const r = new Request('http://a/', { method: 'POST', body });
    console.log(name, r.headers.get('content-type'), JSON.stringify(await r.text()), r.bodyUsed);
  }
  const typed = new Request('http://a/', { method: 'POST', body: 'x', headers: { 'content-type': 'application/custom' } });
  console.log(typed.headers.get('content-type'));
  await tryit(() => new Request('http://a/', { body: 'x' }));
  await tryit(() => new Request('http://a/', { method: 'HEAD', body: 'x' }));
  await tryit(() => new Request('http://a/', { method: 'POST', body: new ReadableStream() }));
  const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } });
  const sr = new Request('http://a/', { method: 'POST', body: stream, duplex: 'half' });
  console.log(sr.body === stream, await sr.text());
  await tryit(() => new Request('http://a/', { method: 'POST', body: stream, duplex: 'half' }));
  const r = new Request('http://a/', { method: 'POST', body: '{"k":[1,2]}' });
  const clone = r.clone();
  console.log(await r.json(), await clone.text());
  await tryit(() => r.text());
  await tryit(() => r.clone());
  console.log(new Request('http://a/', { method: 'POST', body: null }).body);
})();
