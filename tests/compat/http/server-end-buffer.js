'use strict';
// res.end(buffer) sends head and body in one write: small and large bodies (larger
// than the kernel takes at once), a Latin-1 header value (sent as its bytes), an
// explicit Content-Length, HEAD, and 204 all arrive as in Node.
const http = require('http');

const sizes = [1, 1000, 300000, 3 << 20];
const server = http.createServer((req, res) => {
  const n = Number(req.url.slice(1));
  const body = Buffer.alloc(n, 'abcdefghij');
  if (req.url === '/204') {
    res.statusCode = 204;
    res.end(Buffer.from('ignored'));
    return;
  }
  if (n === 1000) res.writeHead(200, { 'Content-Length': n, 'X-Name': 'caf\u00e9' });
  else res.setHeader('X-Name', 'plain');
  res.end(body);
});

function get(path, method) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', path, method }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        let sum = 0;
        for (const b of body) sum = (sum * 31 + b) >>> 0;
        console.log(method, path, res.statusCode, res.headers['content-length'],
                    JSON.stringify(res.headers['x-name']), body.length, sum);
        resolve();
      });
    });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const n of sizes) await get(`/${n}`, 'GET');
  await get('/1000', 'HEAD');
  await get('/204', 'GET');
  server.close();
});
