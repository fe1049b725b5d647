'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { console.log(req.rawHeaders.slice(0, 6)); res.end(); });
server.listen(0, () => {
  const req = http.request({ port: server.address().port, agent: false, headers: ['X-A', '1', 'X-A', '2', 'Host', 'h'] }, (res) => {
    res.resume(); res.on('end', () => server.close());
  });
  req.end();
});
