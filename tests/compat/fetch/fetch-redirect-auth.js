// Authorization (and Cookie) go along on a same-origin redirect and are dropped when
// the redirect crosses to another origin; other headers stay.
const http = require('http');
const seen = [];
const other = http.createServer((req, res) => {
  seen.push(['other', req.url, req.headers.authorization ?? null, req.headers.cookie ?? null, req.headers['x-keep'] ?? null]);
  res.end('other');
});
const main = http.createServer((req, res) => {
  seen.push(['main', req.url, req.headers.authorization ?? null, req.headers.cookie ?? null, req.headers['x-keep'] ?? null]);
  if (req.url === '/same') { res.writeHead(302, { Location: '/done' }); return res.end(); }
  if (req.url === '/cross') { res.writeHead(307, { Location: `http://127.0.0.1:${other.address().port}/landed` }); return res.end(); }
  res.end('main');
});
other.listen(0, '127.0.0.1', () => main.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${main.address().port}`;
  const headers = { Authorization: 'Bearer secret', Cookie: 'sid=1', 'X-Keep': 'yes' };
  console.log(await (await fetch(`${base}/same`, { headers })).text());
  console.log(await (await fetch(`${base}/cross`, { headers })).text());
  for (const s of seen) console.log(s);
  main.close();
  other.close();
}));
