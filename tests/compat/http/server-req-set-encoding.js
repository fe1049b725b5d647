'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  req.setEncoding('utf8');
  const parts = [];
  req.on('data', (d) => parts.push(typeof d));
  req.on('end', () => { console.log(parts[0]); res.end(); server.close(); });
});
server.listen(0, () => {
  const r = http.request({ port: server.address().port, method: 'PUT', agent: false }, (res) => res.resume());
  r.end('€ uni');
});
