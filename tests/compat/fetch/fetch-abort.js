// AbortSignal: aborted before the call, while waiting for the response head, while
// the body streams, with a custom reason, and after the body was read (no effect).
const http = require('http');
let pending = [];
let hangCloses = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/hang') { pending.push(res); req.on('close', () => hangCloses++); return; }
  if (req.url === '/slow-body') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('first part;');
    pending.push(res);
    return;
  }
  res.end('quick');
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const show = (e) => console.log(e.name, e.message, e instanceof DOMException, e.code);
  const pre = new AbortController();
  pre.abort();
  try { await fetch(`${base}/quick`, { signal: pre.signal }); } catch (e) { show(e); }
  const c1 = new AbortController();
  const p1 = fetch(`${base}/hang`, { signal: c1.signal });
  setTimeout(() => c1.abort(), 20);
  try { await p1; } catch (e) { show(e); }
  const c2 = new AbortController();
  const res = await fetch(`${base}/slow-body`, { signal: c2.signal });
  const reader = res.body.getReader();
  const first = await reader.read();
  console.log('got', Buffer.from(first.value).toString());
  c2.abort();
  try { await reader.read(); } catch (e) { show(e); }
  const c3 = new AbortController();
  const p3 = fetch(`${base}/hang`, { signal: c3.signal });
  setTimeout(() => c3.abort(new RangeError('my reason')), 20);
  try { await p3; } catch (e) { show(e); }
  const c4 = new AbortController();
  const done = await fetch(`${base}/quick`, { signal: c4.signal });
  console.log(await done.text());
  c4.abort();
  console.log('after abort', done.bodyUsed);
  try { await fetch(`${base}/quick`, { signal: AbortSignal.abort('plain string') }); } catch (e) { console.log('reason', e); }
  for (const r of pending) r.destroy();
  server.close(() => console.log('server saw hung requests close', hangCloses > 0));
});
