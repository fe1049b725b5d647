'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', req.headers['content-type']);
  req.pipe(res);
});
server.listen(0, () => {
  const r = http.request({ port: server.address().port, method: 'POST', agent: false, headers: { 'Content-Type': 'text/x' } }, (res) => {
    let b = '';
    res.on('data', (d) => b += d);
    res.on('end', () => { console.log(res.statusCode, res.headers['content-type'], res.headers['transfer-encoding'], b); server.close(); });
  });
  r.write('echo ');
  r.end('me');
});
