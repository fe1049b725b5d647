'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Length': 100 });
  res.write('partial', () => setImmediate(() => req.socket.destroy()));
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    res.on('data', (d) => console.log('data', d.toString()));
    res.on('aborted', () => console.log('aborted'));
    res.on('error', (e) => console.log('res error', e.code, e.message));
    res.on('end', () => console.log('end'));
    res.on('close', () => { console.log('close', res.complete); server.close(); });
  });
});
