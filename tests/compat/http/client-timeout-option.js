'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { setTimeout(() => res.end('late'), 300); });
server.listen(0, () => {
  const req = http.get({ port: server.address().port, agent: false, timeout: 50 });
  req.on('timeout', () => { console.log('timeout', req.timeout); req.destroy(); });
  req.on('error', (e) => console.log('error', e.code, e.message));
  req.on('close', () => { console.log('close'); server.close(); server.closeAllConnections(); });
});
