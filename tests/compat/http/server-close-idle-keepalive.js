'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('ok'));
const agent = new http.Agent({ keepAlive: true });
server.listen(0, () => {
  http.get({ port: server.address().port, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      setImmediate(() => {
        const s = Object.values(agent.freeSockets)[0][0];
        s.on('close', () => console.log('client socket closed'));
        server.close(() => console.log('server closed'));
      });
    });
  });
});
