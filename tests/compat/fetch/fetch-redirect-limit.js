// More than 20 redirects fails; redirect: 'error' fails on the first; a redirect to
// a non-HTTP scheme fails.
const http = require('http');
let hits = 0;
const server = http.createServer((req, res) => {
  hits++;
  if (req.url === '/ftp') { res.writeHead(302, { Location: 'ftp://example.com/' }); return res.end(); }
  const n = +req.url.slice(1);
  res.writeHead(302, { Location: `/${n + 1}` });
  res.end();
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try { await fetch(`${base}/0`); } catch (e) { console.log(e.name, e.message, e.cause?.message, hits); }
  hits = 0;
  try { await fetch(`${base}/0`, { redirect: 'error' }); } catch (e) { console.log(e.name, e.message, e.cause?.message, hits); }
  hits = 0;
  try { await fetch(`${base}/ftp`); } catch (e) { console.log(e.name, e.message, e.cause?.message, hits); }
  // 20 redirects are fine.
  const srv2 = http.createServer((req, res) => {
    const n = +req.url.slice(1);
    if (n === 20) return res.end('made it');
    res.writeHead(307, { Location: `/${n + 1}` });
    res.end();
  });
  await new Promise((r) => srv2.listen(0, '127.0.0.1', r));
  const ok = await fetch(`http://127.0.0.1:${srv2.address().port}/0`);
  console.log(ok.status, await ok.text());
  srv2.close();
  server.close();
});
