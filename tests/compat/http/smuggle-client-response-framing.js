'use strict';
// The client side of smuggling: a response whose framing headers disagree or are
// malformed. Prints what http.get makes of each (status, headers, body or the error).
const http = require('http');
const net = require('net');

const cases = [
  ['cl and te', 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n'],
  ['two different cl', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
  ['negative cl', 'HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\nab'],
  ['te not chunked, read to close', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nabc'],
  ['obs-fold in header', 'HTTP/1.1 200 OK\r\nX-A: 1\r\n 2\r\nContent-Length: 0\r\n\r\n'],
  ['NUL in header value', 'HTTP/1.1 200 OK\r\nX-A: a\0b\r\nContent-Length: 0\r\n\r\n'],
  ['bare LF line ends', 'HTTP/1.1 200 OK\nContent-Length: 2\n\nab'],
  ['space before colon', 'HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\nab'],
  ['chunk size overflow', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\nab\r\n0\r\n\r\n'],
  ['extra response after body', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'],
];

function runCase([name, response], done) {
  const server = net.createServer((s) => {
    s.on('error', () => {});
    s.once('data', () => s.end(response));
  });
  server.listen(0, '127.0.0.1', () => {
    console.log(`-- ${name}`);
    const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => { body += d; });
      res.on('error', (e) => console.log('res error', e.code));
      res.on('end', () => console.log('response', res.statusCode, JSON.stringify(res.headers), JSON.stringify(body)));
    });
    req.on('error', (e) => console.log('req error', e.code, e.message));
    req.on('close', () => server.close(done));
  });
}

(function next(i) { if (i < cases.length) runCase(cases[i], () => next(i + 1)); })(0);
