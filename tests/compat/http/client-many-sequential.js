'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end(req.url));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, () => {
  let n = 0, sockets = new Set();
  function next() {
    http.get({ port: server.address().port, path: '/' + n, agent }, (res) => {
      sockets.add(res.socket);
      res.resume();
      res.on('end', () => {
        if (++n < 20) next();
        else { console.log('done', n, 'sockets', sockets.size); agent.destroy(); server.close(); }
      });
    });
  }
  next();
});
