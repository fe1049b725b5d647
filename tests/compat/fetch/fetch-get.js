// A GET to a local server: status, statusText, headers (sorted, set-cookie apart),
// body, url, redirected, type, ok; headers are immutable.
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('X-Custom', 'Value');
  res.writeHead(203, 'Custom Reason', { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`you asked ${req.method} ${req.url}`);
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const res = await fetch(`${base}/path?x=1#frag`);
  console.log(res.status, res.statusText, res.ok, res.type, res.redirected, res.url === `${base}/path?x=1`);
  console.log([...res.headers].filter(([k]) => k !== 'date'));
  console.log(res.headers.getSetCookie(), res.headers.get('x-custom'));
  try { res.headers.set('x', 'y'); } catch (e) { console.log(e.name, e.message); }
  console.log(res.bodyUsed, await res.text(), res.bodyUsed);
  const viaRequest = await fetch(new Request(`${base}/req`, { method: 'DELETE' }));
  console.log(await viaRequest.text());
  const viaURL = await fetch(new URL('/url', base));
  console.log(await viaURL.text());
  server.close();
});
