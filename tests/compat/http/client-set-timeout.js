'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {});
server.listen(0, () => {
  const req = http.get({ port: server.address().port, agent: false });
  req.setTimeout(30, () => { console.log('timeout cb'); req.destroy(); });
  req.on('error', (e) => console.log('error', e.code));
  req.on('close', () => { console.log('close'); server.closeAllConnections(); server.close(); });
});
