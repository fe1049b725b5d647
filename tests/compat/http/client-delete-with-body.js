'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  let b = ''; req.on('data', (d) => b += d);
  req.on('end', () => { console.log(req.method, req.headers['content-length'], req.headers['transfer-encoding'], b); res.end(); });
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'delete', agent: false }, (res) => { res.resume(); res.on('end', () => server.close()); });
  req.write('a');
  req.end('b');
});
