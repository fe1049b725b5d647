'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { req.resume(); res.end(); });
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false }, (res) => { res.resume(); res.on('end', () => server.close()); });
  req.end('x');
  req.on('error', (e) => console.log('error event', e.code));
  req.write('y', (err) => console.log('cb', err && err.code));
});
