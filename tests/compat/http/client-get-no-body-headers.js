'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(req.headers['content-length'], req.headers['transfer-encoding'], req.headers.connection);
  res.end();
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => { res.resume(); res.on('end', () => server.close()); });
});
