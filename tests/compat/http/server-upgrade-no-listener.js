'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request', req.upgrade, req.headers.upgrade);
  res.end('plain');
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false, headers: { Connection: 'Upgrade', Upgrade: 'x' } }, (res) => {
    console.log('response', res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
});
