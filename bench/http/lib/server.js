'use strict';
// Benchmark servers, one per mode: hello (keep-alive or not, the client decides),
// big (1 MiB body), echo (POST body echoed), express (hello world through express).
// Prints the port on stdout.
const http = require('http');
const mode = process.argv[2] || 'hello';
const big = Buffer.alloc(1 << 20, 'x');
const handlers = {
  hello(req, res) {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 12 });
    res.end('hello world\n');
  },
  big(req, res) {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': big.length });
    res.end(big);
  },
  echo(req, res) {
    const chunks = [];
    req.on('data', (d) => chunks.push(d));
    req.on('end', () => {
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      res.writeHead(200, { 'Content-Length': body.length });
      res.end(body);
    });
  },
};
// express: the same hello world through express's router (the npm package the
// ecosystem tests install into .deps/ecosystem), a framework's JS work per request.
function expressApp() {
  const path = require('path');
  const { createRequire } = require('module');
  const express = createRequire(path.join(__dirname, '../../../.deps/ecosystem/index.js'))('express');
  const app = express();
  app.get('/', (req, res) => res.send('hello world\n'));
  return app;
}
const server = http.createServer(mode === 'express' ? expressApp() : handlers[mode]);
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => process.exit(0));
