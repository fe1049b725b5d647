'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {});
server.listen(0, () => {
  const req = http.get({ port: server.address().port, agent: false });
  req.on('socket', () => console.log('socket'));
  req.on('abort', () => console.log('abort', req.aborted, req.destroyed));
  req.on('error', (e) => console.log('error', e.code));
  req.on('close', () => { console.log('close'); server.close(); });
  req.abort();
  console.log('aborted sync', req.aborted);
});
