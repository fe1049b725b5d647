'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  let b = '';
  req.on('data', (d) => b += d);
  req.on('end', () => res.end(req.headers['content-length'] + ' ' + req.headers['transfer-encoding'] + ' ' + b));
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false, headers: { 'Content-Length': 9 } }, (res) => {
    res.setEncoding('utf8'); res.on('data', (d) => console.log(d)); res.on('end', () => server.close());
  });
  req.write('some ');
  req.end('data');
});
