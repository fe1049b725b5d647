// The body mixin on Response: each reader, bodyUsed, the body stream, clone() teeing,
// and the "unusable" errors.
const tryit = async (f) => { try { console.log('ok', await f()); } catch (e) { console.log(e.name, e.message); } };
(async () => {
  console.log(await new Response('text \u00e9').text());
  console.log(await new Response('{"a":1}').json());
  const ab = await new Response(new Uint8Array([1, 2, 3])).arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const blob = await new Response('abc', { headers: { 'content-type': 'Text/X' } }).blob();
  console.log(blob.size, blob.type, await blob.text());
  console.log(await new Response('\ufeffbom').text());
  try { await new Response('{').json(); } catch (e) { console.log('json failed', e.name); }
  const used = new Response('once');
  await used.text();
  console.log(used.bodyUsed);
  await tryit(() => used.text());
  await tryit(() => used.clone());
  const streamed = new Response('chunk');
  const body = streamed.body;
  console.log(body instanceof ReadableStream, streamed.body === body, streamed.bodyUsed);
  const reader = body.getReader();
  await tryit(() => streamed.text());
  const first = await reader.read();
  console.log(Buffer.from(first.value).toString(), streamed.bodyUsed, (await reader.read()).done);
  const original = new Response('shared');
  const copy = original.clone();
  console.log(await original.text(), await copy.text());
  const s = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('s1')); c.enqueue(new TextEncoder().encode('s2')); c.close(); } }));
  const s2 = s.clone();
  console.log(await s.text(), await s2.text());
  const empty = new Response(null);
  console.log(empty.body, await empty.text(), empty.bodyUsed, (await empty.arrayBuffer()).byteLength);
  await tryit(() => new Response(new ReadableStream({ start(c) { c.enqueue('not bytes'); c.close(); } })).text());
  const locked = new ReadableStream();
  locked.getReader();
  await tryit(() => new Response(locked));
})();
