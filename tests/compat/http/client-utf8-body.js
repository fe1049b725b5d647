'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { res.setHeader('Content-Type', 'text/plain; charset=utf-8'); res.end('日本語 ✓'); });
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    let b = ''; res.setEncoding('utf8'); res.on('data', (d) => b += d);
    res.on('end', () => { console.log(b, b.length, res.headers['content-length']); server.close(); });
  });
});
