'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.setHeader('X-Foo', 'bar');
  res.setHeader('x-num', 42);
  res.appendHeader('X-Foo', 'baz');
  console.log(res.getHeader('x-foo'), res.getHeader('X-NUM'), res.hasHeader('X-Foo'), res.hasHeader('nope'));
  console.log(res.getHeaderNames(), JSON.stringify(res.getHeaders()), res.getRawHeaderNames());
  res.removeHeader('x-num');
  console.log(res.getHeaderNames(), res.headersSent, res.writableEnded, res.finished);
  res.end('done');
  console.log(res.headersSent, res.writableEnded, res.finished);
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    console.log(res.headers['x-foo'], res.rawHeaders.filter((x, i) => i % 2 === 0 && x !== 'Date'));
    res.resume();
    res.on('end', () => server.close());
  });
});
