'use strict';
const http = require('http');
const net = require('net');
const server = net.createServer((s) => { s.on('data', () => s.end('HTTP/1.1 abc Bad\r\n\r\n')); });
server.listen(0, () => {
  const req = http.get({ port: server.address().port, agent: false });
  req.on('error', (e) => { console.log('error', e.code, e.message, e.bytesParsed); });
  req.on('close', () => { console.log('close'); server.close(); });
});
