'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer({ joinDuplicateHeaders: true }, (req, res) => {
  console.log(JSON.stringify(req.headers));
  res.end();
  server.close();
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => c.end('GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n'));
  c.resume();
});
