// HEAD, 204 and 304 responses have a null body; 205 too.
const http = require('http');
const server = http.createServer((req, res) => {
  const status = +req.url.slice(1) || 200;
  res.writeHead(status, { 'X-Status': String(status), 'Content-Type': 'text/plain' });
  res.end(status === 200 ? 'body' : undefined);
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const head = await fetch(`${base}/200`, { method: 'HEAD' });
  console.log('HEAD', head.status, head.body, head.headers.get('x-status'), JSON.stringify(await head.text()));
  for (const s of [204, 205, 304]) {
    const res = await fetch(`${base}/${s}`);
    console.log(s, res.body, res.ok, res.headers.get('x-status'), JSON.stringify(await res.text()), res.bodyUsed);
  }
  const ok = await fetch(`${base}/200`);
  console.log(ok.body instanceof ReadableStream, await ok.text());
  server.close();
});
