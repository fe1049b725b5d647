'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(req.rawHeaders);
  console.log(req.method, req.url, req.httpVersion);
  res.end();
  server.close();
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => c.end('PATCH /a/b?c=d HTTP/1.1\r\nHOST: h\r\nx-Mixed-Case:  spaced value  \r\nEmpty:\r\nConnection: close\r\n\r\n'));
  c.resume();
});
