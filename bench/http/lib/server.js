'use strict';
// Benchmark servers, one per mode: hello (keep-alive or not, the client decides),
// big (1 MiB body), echo (POST body echoed). Prints the port on stdout.
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
const server = http.createServer(handlers[mode]);
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => process.exit(0));
