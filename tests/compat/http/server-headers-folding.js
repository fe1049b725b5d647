'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(JSON.stringify(req.headers));
  console.log(JSON.stringify(req.headersDistinct['x-multi']));
  res.end();
  server.close();
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    c.end('GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nSet-Cookie: 1\r\nSet-Cookie: 2\r\nCookie: c=1\r\nCookie: d=2\r\n' +
      'X-Multi: a\r\nx-multi: b\r\nContent-Type: t1\r\nContent-Type: t2\r\nAccept: x\r\nAccept: y\r\nUser-Agent: u1\r\nUser-Agent: u2\r\nConnection: close\r\n\r\n');
  });
  c.resume();
});
