'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end(req.url));
const agent = new http.Agent({ keepAlive: true });
server.listen(0, () => {
  const port = server.address().port;
  const ports = [];
  http.get({ port, path: '/1', agent }, (res) => {
    console.log('first reused', res.req.reusedSocket, res.headers.connection);
    ports.push(res.socket.localPort);
    res.resume();
    res.on('end', () => setImmediate(() => {
      console.log('free', Object.keys(agent.freeSockets).length, Object.keys(agent.sockets).length);
      http.get({ port, path: '/2', agent }, (res2) => {
        console.log('second reused', res2.req.reusedSocket);
        console.log('same socket', res2.socket.localPort === ports[0]);
        res2.resume();
        res2.on('end', () => { agent.destroy(); server.close(); });
      });
    }));
  });
});
