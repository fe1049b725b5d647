'use strict';
const http = require('http');
const net = require('net');
const body = Buffer.alloc(1 << 20, 'x');
const server = http.createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => n += d.length);
  req.on('end', () => res.end(body.subarray(0, n / 2)));
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false }, (res) => {
    let n = 0;
    res.on('data', (d) => n += d.length);
    res.on('end', () => { console.log('got', n, res.headers['content-length']); server.close(); });
  });
  req.end(body);
});
