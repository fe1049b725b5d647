'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { console.log('host', req.headers.host, req.httpVersion); res.end(); });
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false, setHost: false }, (res) => {
    console.log(res.statusCode);
    res.resume(); res.on('end', () => server.close());
  });
});
