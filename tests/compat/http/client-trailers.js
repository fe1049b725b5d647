'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.writeHead(200, { Trailer: 'X-T' });
  res.write('data');
  res.addTrailers({ 'X-T': 'tval' });
  res.end();
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    res.resume();
    res.on('end', () => { console.log(JSON.stringify(res.trailers), res.rawTrailers); server.close(); });
  });
});
