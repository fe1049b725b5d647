'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {});
server.listen(0, () => {
  const req = http.get({ port: server.address().port, agent: false });
  req.on('error', (e) => console.log('error', e.message));
  req.on('close', () => { console.log('close', req.destroyed); server.close(); });
  req.destroy(new Error('boom'));
});
