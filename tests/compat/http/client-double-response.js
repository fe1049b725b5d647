'use strict';
const http = require('http');
const net = require('net');
const server = net.createServer((s) => {
  s.on('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb'));
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    let b = ''; res.on('data', (d) => b += d);
    res.on('end', () => { console.log('body', b); server.close(); });
  }).on('error', (e) => console.log('error', e.message));
});
