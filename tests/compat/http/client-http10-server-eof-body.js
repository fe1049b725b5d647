'use strict';
const http = require('http');
const net = require('net');
const server = net.createServer((s) => {
  s.on('data', () => s.end('HTTP/1.0 200 OK\r\nX-Old: yes\r\n\r\nbody until eof'));
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    let b = ''; res.on('data', (d) => b += d);
    res.on('end', () => { console.log(res.httpVersion, res.headers['x-old'], b); server.close(); });
  });
});
