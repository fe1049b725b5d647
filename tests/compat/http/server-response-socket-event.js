'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(res.socket === req.socket, res.connection === res.socket, req.connection === req.socket, res.req === req);
  res.end();
  console.log('after end socket', res.socket === null);
  res.on('finish', () => { console.log('finish socket', res.socket); server.close(); });
});
server.listen(0, () => http.get({ port: server.address().port, agent: false }, (r) => r.resume()));
