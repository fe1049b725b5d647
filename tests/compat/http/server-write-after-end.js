'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.end('a');
  res.on('error', (e) => console.log('error event', e.code));
  const r = res.write('b', (err) => console.log('write cb', err && err.code));
  console.log('write returned', r);
  res.end(() => console.log('end cb after finish'));
  server.close();
});
server.listen(0, () => http.get({ port: server.address().port, agent: false }, (r) => r.resume()));
