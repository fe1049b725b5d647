'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.write('partial'));
server.listen(0, () => {
  const req = http.get({ port: server.address().port, agent: false }, (res) => {
    res.on('data', (d) => { console.log('data', d.toString()); server.closeAllConnections(); });
    res.on('aborted', () => console.log('aborted'));
    res.on('error', (e) => console.log('res error', e.code, e.message));
    res.on('close', () => { console.log('res close'); server.close(() => console.log('server closed')); });
  });
  req.on('error', (e) => console.log('req error', e.message));
});
