'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(req instanceof http.IncomingMessage, req.readable, req.complete, req.aborted, req.upgrade, req.statusCode, req.statusMessage);
  req.on('end', () => { console.log('complete', req.complete, JSON.stringify(req.trailers), req.rawTrailers.length); res.end(); });
  req.resume();
});
server.listen(0, () => http.get({ port: server.address().port, agent: false }, (res) => {
  console.log(res.method, res.url, res.statusCode, typeof res.headers);
  res.resume(); res.on('end', () => server.close());
}));
