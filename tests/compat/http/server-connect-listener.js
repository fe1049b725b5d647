'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => console.log('no request'));
server.on('connect', (req, socket, head) => {
  console.log('connect', req.method, req.url, head.toString());
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'CONNECT', path: 'example.com:443', agent: false });
  req.on('connect', (res, socket, head) => {
    console.log('client connect', res.statusCode, res.statusMessage, head.toString());
    socket.destroy();
    server.close();
  });
  req.end();
});
