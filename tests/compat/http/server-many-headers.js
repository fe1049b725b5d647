'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(Object.keys(req.headers).length, req.rawHeaders.length, req.headers['x-59'], req.url);
  res.end();
  server.close();
});
server.listen(0, () => {
  let h = '';
  for (let i = 0; i < 60; i++) h += 'X-' + i + ': v' + i + '\r\n';
  const c = net.connect(server.address().port, () => c.end('GET /many HTTP/1.1\r\nHost: a\r\n' + h + 'Connection: close\r\n\r\n'));
  c.resume();
});
