'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { console.log(req.headers['x-one'], req.headers['x-two']); res.end(); });
server.listen(0, () => {
  const req = http.request({ port: server.address().port, agent: false, headers: { 'X-One': '1' } });
  req.setHeader('X-Two', ['a', 'b']);
  console.log(req.getHeader('x-one'), req.getHeader('X-Two'), req.getHeaderNames().sort(), req.hasHeader('host'));
  console.log(req.method, req.path, req.host, req.protocol, req.headersSent);
  req.removeHeader('x-one');
  req.on('response', (res) => { res.resume(); res.on('end', () => server.close()); });
  req.end();
  console.log('after end', req.headersSent, req.finished);
  try { req.setHeader('a', 'b'); } catch (e) { console.log(e.code); }
});
