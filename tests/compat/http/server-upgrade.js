'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => console.log('no request'));
server.on('upgrade', (req, socket, head) => {
  console.log('upgrade', req.headers.upgrade, req.upgrade, head.toString());
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.end('echo:' + d));
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, head.length);
    socket.on('data', (d) => console.log('client got', d.toString()));
    socket.on('end', () => { socket.end(); server.close(); });
    socket.write('ping');
  });
  req.end('early');
});
