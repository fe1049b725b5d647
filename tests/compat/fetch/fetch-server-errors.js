// Error statuses are responses, not failures; a connection the server closes before
// answering fails the fetch; one cut mid-body errors the body stream.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/500') { res.writeHead(500, 'Server Broke'); return res.end('oops'); }
  if (req.url === '/404') { res.writeHead(404); return res.end('not here'); }
  if (req.url === '/drop') return req.socket.destroy();
  if (req.url === '/cut') {
    res.writeHead(200, { 'Content-Length': '100' });
    res.write('only part');
    setTimeout(() => req.socket.destroy(), 20);
    return;
  }
  res.end('fine');
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const p of ['/500', '/404']) {
    const res = await fetch(base + p);
    console.log(res.status, res.statusText, res.ok, await res.text());
  }
  try { await fetch(`${base}/drop`); console.log('unexpected'); } catch (e) { console.log(e.name, e.message, e.cause instanceof Error); }
  const cut = await fetch(`${base}/cut`);
  console.log('cut status', cut.status);
  try { await cut.text(); console.log('unexpected'); } catch (e) { console.log(e.name, e.message, e.cause instanceof Error); }
  console.log(await (await fetch(`${base}/ok`)).text());
  server.close();
});
