'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => req.socket.destroy());
server.listen(0, () => {
  const req = http.get({ port: server.address().port, agent: false }, () => console.log('no response'));
  req.on('error', (e) => console.log('error', e.code, e.message));
  req.on('close', () => { console.log('close'); server.close(); });
});
