'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.end(); });
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    console.log(res.headers['set-cookie']);
    res.resume(); res.on('end', () => server.close());
  });
});
