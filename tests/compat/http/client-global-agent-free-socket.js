'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('g'));
server.listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      const free = http.globalAgent.freeSockets;
      const k = Object.keys(free);
      console.log('free lists', k.length, k.length && free[k[0]].length);
      server.close();
      http.globalAgent.destroy();
    }));
  });
});
