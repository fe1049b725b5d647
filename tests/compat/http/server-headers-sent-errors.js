'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.end('x');
  for (const f of [() => res.setHeader('a', 'b'), () => res.removeHeader('a'), () => res.appendHeader('a', 'b'), () => res.writeHead(200)]) {
    try { f(); } catch (e) { console.log(e.code, e.message); }
  }
  server.close();
});
server.listen(0, () => http.get({ port: server.address().port, agent: false }, (r) => r.resume()));
