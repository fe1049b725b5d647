'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { res.writeHead(304, { ETag: 'x' }); res.end(); });
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    console.log(res.statusCode, res.headers.etag);
    res.on('end', () => { console.log('end', res.complete); server.close(); });
    res.resume();
  });
});
