// redirect: 'manual' hands back the redirect response itself.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/from') {
    res.writeHead(301, { Location: '/to', 'X-Hop': '1' });
    return res.end('moved');
  }
  res.end('arrived');
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const res = await fetch(`${base}/from`, { redirect: 'manual' });
  console.log(res.status, res.type, res.redirected, res.url.slice(base.length), res.headers.get('location'), res.headers.get('x-hop'));
  console.log(await res.text());
  const req = new Request(`${base}/from`, { redirect: 'manual' });
  console.log(req.redirect, (await fetch(req)).status);
  server.close();
});
