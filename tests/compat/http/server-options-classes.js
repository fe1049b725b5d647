'use strict';
const http = require('http');
const net = require('net');
class MyReq extends http.IncomingMessage { get tag() { return 'mine'; } }
class MyRes extends http.ServerResponse { hi() { this.end('custom'); } }
const server = http.createServer({ IncomingMessage: MyReq, ServerResponse: MyRes }, (req, res) => {
  console.log(req.tag, req instanceof MyReq, res instanceof MyRes);
  res.hi();
});
server.listen(0, () => http.get({ port: server.address().port, agent: false }, (res) => {
  let b = ''; res.on('data', (d) => b += d); res.on('end', () => { console.log(b); server.close(); });
}));
