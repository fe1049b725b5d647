'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end(req.url + ' ' + req.headers.authorization));
server.listen(0, '127.0.0.1', () => {
  const url = new URL(`http://user:pa%20ss@127.0.0.1:${server.address().port}/obj?a=b`);
  http.request(url, { method: 'GET', agent: false }, (res) => {
    res.setEncoding('utf8'); res.on('data', (d) => console.log(d)); res.on('end', () => server.close());
  }).end();
});
