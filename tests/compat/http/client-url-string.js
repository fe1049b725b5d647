'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end(req.method + ' ' + req.url));
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/path/x?q=1#frag`;
  http.get(url, { agent: false }, (res) => {
    res.setEncoding('utf8'); res.on('data', (d) => console.log(d)); res.on('end', () => server.close());
  });
});
