'use strict';
// Bodies written to responses that cannot have one: HEAD with write()/end(data)
// (return values, callbacks, 'finish'), HEAD with an explicit Content-Length or
// chunked header kept, 204 and 304 with write(), and 1xx-less statuses; pipelined on
// one keep-alive connection so a stray body byte would corrupt the next response.
const http = require('http');
const net = require('net');

const cases = {
  '/head-write': (res) => { console.log('  write ret', res.write('body', () => console.log('  write cb'))); res.end('more'); },
  '/head-cl': (res) => { res.writeHead(200, { 'Content-Length': '100' }); res.end('ignored'); },
  '/head-te': (res) => { res.setHeader('Transfer-Encoding', 'chunked'); res.write('x'); res.end(); },
  '/204-write': (res) => { res.statusCode = 204; console.log('  write ret', res.write('nope')); res.end(); },
  '/304-cl': (res) => { res.writeHead(304, { 'Content-Length': '5', ETag: '"e"' }); res.end('hello'); },
  '/last': (res) => { res.end('last body'); },
};

const server = http.createServer((req, res) => {
  console.log('--', req.method, req.url);
  res.on('finish', () => console.log('  finish', req.url));
  cases[req.url](res);
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('HEAD /head-write HTTP/1.1\r\nHost: x\r\n\r\n' +
      'HEAD /head-cl HTTP/1.1\r\nHost: x\r\n\r\n' +
      'HEAD /head-te HTTP/1.1\r\nHost: x\r\n\r\n' +
      'GET /204-write HTTP/1.1\r\nHost: x\r\n\r\n' +
      'GET /304-cl HTTP/1.1\r\nHost: x\r\n\r\n' +
      'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('close', () => {
    for (const part of out.replace(/Date: [^\r]*\r\n/g, '').replace(/Keep-Alive: [^\r]*\r\n/g, '').split(/(?=HTTP\/1\.1 )/)) console.log(JSON.stringify(part));
    server.close();
  });
});
