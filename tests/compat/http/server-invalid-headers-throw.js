'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  const tries = [
    () => res.setHeader('bad name', 'v'), () => res.setHeader('x', 'a\r\nb'), () => res.setHeader('x', undefined),
    () => res.setHeader('', 'v'), () => res.getHeader(1), () => res.writeHead(99), () => res.writeHead(1000), () => res.writeHead('abc'),
    () => { res.statusMessage = 'a\nb'; res.writeHead(200); },
  ];
  for (const f of tries) {
    try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  res.statusMessage = 'OK';
  res.end();
  server.close();
});
server.listen(0, () => http.get({ port: server.address().port, agent: false }, (r) => r.resume()));
