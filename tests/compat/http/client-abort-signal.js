'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {});
server.listen(0, () => {
  const ac = new AbortController();
  const req = http.get({ port: server.address().port, agent: false, signal: ac.signal });
  req.on('error', (e) => console.log('error', e.name, e.code, e.message));
  req.on('close', () => { console.log('close'); server.closeAllConnections(); server.close(); });
  req.on('socket', () => setImmediate(() => ac.abort()));
});
