'use strict';
// The smallest HTTP server: `protojs examples/http-hello.js`, then
// `curl http://127.0.0.1:8000/`.
const http = require('http');

const port = Number(process.env.PORT) || 8000;
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end(`hello from ${req.method} ${req.url}\n`);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/`);
});
