'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('server', req.method, req.url, JSON.stringify({ ...req.headers, host: req.headers.host.replace(/:[0-9]+$/, ":PORT") }));
  res.setHeader('X-Reply', 'yes');
  res.end('body!');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port, path: '/x?y=1', agent: false }, (res) => {
    console.log(res.statusCode, res.statusMessage, res.httpVersion, res.headers['x-reply'], res.headers.connection);
    let b = '';
    res.setEncoding('utf8');
    res.on('data', (d) => b += d);
    res.on('end', () => { console.log(b, res.complete); server.close(); });
  });
});
