'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { console.log('server sees connection:', req.headers.connection); res.end(); });
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    console.log('response connection:', res.headers.connection);
    res.resume();
    res.on('end', () => server.close());
  });
});
