'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  const parts = [];
  req.on('data', (d) => parts.push(d.toString()));
  req.on('end', () => res.end(req.headers['transfer-encoding'] + ' ' + parts.join('')));
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false }, (res) => {
    res.setEncoding('utf8'); res.on('data', (d) => console.log(d)); res.on('end', () => server.close());
  });
  req.write('a');
  setImmediate(() => { req.write('b'); req.end('c'); });
});
