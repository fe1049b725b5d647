'use strict';
// Training for the profile-guided build: the http paths bench/ measures that
// bench/http/client-keepalive.js does not, driven by our own client (no wrk needed):
// requests on fresh connections (Connection: close), 16 KiB POST bodies echoed,
// a 1 MiB response, chunked responses.
const http = require('http');

const big = Buffer.alloc(1 << 20, 'x');
const body = Buffer.alloc(16 * 1024, 'y');
const server = http.createServer((req, res) => {
  if (req.url === '/big') {
    res.writeHead(200, { 'Content-Length': big.length });
    res.end(big);
  } else if (req.method === 'POST') {
    const chunks = [];
    req.on('data', (d) => chunks.push(d));
    req.on('end', () => {
      const all = Buffer.concat(chunks);
      res.writeHead(200, { 'Content-Length': all.length });
      res.end(all);
    });
  } else if (req.url === '/chunked') {
    res.write('hello ');
    res.end('world\n');
  } else {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 12 });
    res.end('hello world\n');
  }
});

function series(n, request, done) {
  let left = n;
  (function next() {
    if (left-- === 0) return done();
    request((res) => {
      res.resume();
      res.on('end', next);
    });
  })();
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const keepAlive = new http.Agent({ keepAlive: true });
  const get = (path, agent) => (cb) => http.get({ port, path, agent, host: '127.0.0.1' }, cb);
  const post = (cb) => http.request({ port, method: 'POST', agent: keepAlive, host: '127.0.0.1' }, cb).end(body);
  series(1500, get('/', false), () =>
    series(1500, post, () =>
      series(50, get('/big', keepAlive), () =>
        series(500, get('/chunked', keepAlive), () => {
          keepAlive.destroy();
          server.close();
        }))));
});
