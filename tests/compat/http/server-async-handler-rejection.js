'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer(async (req, res) => {
  res.end('fine');
});
server.listen(0, () => http.get({ port: server.address().port, agent: false }, (res) => {
  console.log(res.statusCode);
  res.resume();
  res.on('end', () => server.close());
}));
