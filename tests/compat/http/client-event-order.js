'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { req.resume(); res.end('x'); });
server.listen(0, () => {
  const req = http.request({ port: server.address().port, agent: false, method: 'POST' });
  req.on('socket', () => console.log('socket'));
  req.on('finish', () => console.log('req finish'));
  req.on('response', (res) => {
    console.log('response');
    res.on('data', () => console.log('data'));
    res.on('end', () => console.log('res end'));
    res.on('close', () => { console.log('res close'); server.close(); });
  });
  req.on('close', () => console.log('req close'));
  req.end('payload');
});
