'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { res.setHeader('Content-Length', 1000); res.end(); });
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'HEAD', agent: false }, (res) => {
    console.log(res.statusCode, res.headers['content-length']);
    res.on('data', () => console.log('no data expected'));
    res.on('end', () => { console.log('end'); server.close(); });
  });
  req.end();
});
