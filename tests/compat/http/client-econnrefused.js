'use strict';
const http = require('http');
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  server.close(() => {
    const req = http.get({ host: '127.0.0.1', port, agent: false });
    req.on('error', (e) => console.log(e.code, e.syscall, e.message.replace(String(port), 'PORT')));
    req.on('close', () => console.log('close'));
  });
});
