'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('x'));
const agent = new http.Agent({ keepAlive: true });
server.listen(0, () => {
  const req = http.get({ port: server.address().port, agent });
  req.on('response', (res) => {
    console.log('response');
    res.on('end', () => console.log('res end'));
    res.on('close', () => console.log('res close'));
    res.resume();
  });
  req.on('close', () => console.log('req close'));
  req.on('socket', (s) => s.on('free', () => { console.log('socket free'); setImmediate(() => { agent.destroy(); server.close(); }); }));
});
