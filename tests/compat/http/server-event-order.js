'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request');
  req.on('end', () => console.log('req end'));
  req.on('close', () => console.log('req close'));
  res.on('finish', () => console.log('res finish'));
  res.on('close', () => console.log('res close'));
  req.resume();
  res.end('x');
});
server.on('connection', () => console.log('connection'));
server.on('close', () => console.log('server close'));
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    console.log('response', res.statusCode);
    res.on('end', () => { console.log('res end (client)'); server.close(); });
    res.resume();
  });
});
