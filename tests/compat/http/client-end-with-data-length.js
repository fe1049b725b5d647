'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  req.resume();
  res.end(`${req.headers['content-length']} ${req.headers['transfer-encoding']}`);
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'PUT', agent: false }, (res) => {
    res.setEncoding('utf8'); res.on('data', (d) => console.log(d)); res.on('end', () => server.close());
  });
  req.end('héllo');
});
