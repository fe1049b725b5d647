'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request before body', req.method);
  req.on('data', (d) => console.log('body', d.toString()));
  req.on('end', () => res.end());
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false }, (res) => { res.resume(); res.on('end', () => server.close()); });
  req.flushHeaders();
  setTimeout(() => req.end('later'), 30);
});
