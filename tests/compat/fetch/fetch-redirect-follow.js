// Redirects followed: each status, relative Locations, method and body rules
// (303 -> GET, POST on 301/302 -> GET, 307/308 keep method and body), url/redirected.
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const m = /^\/r(\d+)\/(.*)$/.exec(req.url);
    if (m) {
      res.writeHead(+m[1], { Location: `/${m[2]}` });
      return res.end('redirect body');
    }
    res.end(JSON.stringify({ url: req.url, method: req.method, body: Buffer.concat(chunks).toString(), ct: req.headers['content-type'] ?? null, cl: req.headers['content-length'] ?? null }));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const status of [301, 302, 303, 307, 308]) {
    for (const method of ['GET', 'POST', 'PUT']) {
      const init = method === 'GET' ? {} : { method, body: 'payload' };
      const res = await fetch(`${base}/r${status}/final?s=${status}`, init);
      console.log(status, method, res.status, res.redirected, res.url.slice(base.length), await res.text());
    }
  }
  const chain = await fetch(`${base}/r302/r301/r307/end`);
  console.log(chain.url.slice(base.length), chain.redirected, await chain.text());
  const noLocation = http.createServer((req, res) => { res.writeHead(302); res.end('no location'); });
  await new Promise((r) => noLocation.listen(0, '127.0.0.1', r));
  const nl = await fetch(`http://127.0.0.1:${noLocation.address().port}/`);
  console.log(nl.status, nl.redirected, await nl.text());
  noLocation.close();
  server.close();
});
