'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { console.log('request'); });
server.setTimeout(50, (socket) => { console.log('timeout'); socket.destroy(); server.close(); });
console.log(server.timeout);
server.listen(0, () => {
  const req = http.get({ port: server.address().port, agent: false });
  req.on('error', (e) => console.log('client', e.code, e.message));
});
