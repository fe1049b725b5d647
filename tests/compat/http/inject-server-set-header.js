'use strict';
// Response header injection: CR, LF or NUL in a value and non-token names throw
// (ERR_INVALID_CHAR / ERR_INVALID_HTTP_TOKEN) from every way of setting a header,
// and nothing of the refused header reaches the wire.
const http = require('http');
const net = require('net');

function attempt(label, fn) {
  try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}

const server = http.createServer((req, res) => {
  attempt('setHeader CRLF', () => res.setHeader('X-A', 'a\r\nSet-Cookie: evil=1'));
  attempt('setHeader LF', () => res.setHeader('X-A', 'a\nb'));
  attempt('setHeader CR', () => res.setHeader('X-A', 'a\rb'));
  attempt('setHeader NUL', () => res.setHeader('X-A', 'a\0b'));
  attempt('setHeader array item', () => res.setHeader('X-A', ['ok', 'a\r\nb']));
  attempt('appendHeader CRLF', () => res.appendHeader('X-A', 'a\r\nb'));
  attempt('setHeaders Map CRLF', () => res.setHeaders(new Map([['X-A', 'a\r\nb']])));
  attempt('name with space', () => res.setHeader('X A', 'v'));
  attempt('name with colon', () => res.setHeader('X-A:', 'v'));
  attempt('name with CRLF', () => res.setHeader('X-A\r\nX-B', 'v'));
  attempt('name non-ASCII', () => res.setHeader('X-\u00e9', 'v'));
  attempt('writeHead object CRLF', () => res.writeHead(200, { 'X-A': 'a\r\nb' }));
  attempt('writeHead array CRLF', () => res.writeHead(200, ['X-A', 'a\r\nb']));
  attempt('writeHead bad name', () => res.writeHead(200, { 'X A': 'v' }));
  console.log('headersSent', res.headersSent, JSON.stringify(res.getHeaders()));
  res.setHeader('X-Ok', 'fine');
  res.end('body');
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('close', () => {
    console.log(JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, '')));
    server.close();
  });
  c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
