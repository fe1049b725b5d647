'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.writeEarlyHints({ link: '</style.css>; rel=preload' });
  res.end('final');
});
server.listen(0, () => {
  const req = http.get({ port: server.address().port, agent: false });
  req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage, info.headers.link));
  req.on('response', (res) => {
    console.log('response', res.statusCode);
    res.resume(); res.on('end', () => server.close());
  });
});
