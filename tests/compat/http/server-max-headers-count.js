'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(Object.keys(req.headers).length, req.rawHeaders.length);
  res.end();
  server.close();
});
server.maxHeadersCount = 3;
server.listen(0, () => {
  let h = '';
  for (let i = 0; i < 10; i++) h += 'X-' + i + ': ' + i + '\r\n';
  const c = net.connect(server.address().port, () => c.end('GET / HTTP/1.1\r\nHost: a\r\n' + h + 'Connection: close\r\n\r\n'));
  c.resume();
});
