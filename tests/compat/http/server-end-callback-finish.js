'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  const r = res.write('abc');
  console.log('write returned', r, res.writableLength >= 0);
  res.end('def', () => console.log('end callback', res.writableFinished));
  res.on('finish', () => console.log('finish'));
});
server.listen(0, () => http.get({ port: server.address().port, agent: false }, (r) => {
  let b = '';
  r.on('data', (d) => b += d);
  r.on('end', () => { console.log(b, r.headers['transfer-encoding']); server.close(); });
}));
