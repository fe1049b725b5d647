'use strict';
// Response splitting through trailers: addTrailers refuses CR/LF in values and
// non-token names (object and array forms), on the server and the client side.
const http = require('http');
const net = require('net');

function attempt(label, fn) {
  try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}

const server = http.createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    console.log('server got trailers', JSON.stringify(req.trailers));
    res.writeHead(200, { Trailer: 'X-T' });
    res.write('a');
    attempt('value CRLF', () => res.addTrailers({ 'X-T': 'v\r\nSet-Cookie: evil=1' }));
    attempt('value LF', () => res.addTrailers({ 'X-T': 'v\nw' }));
    attempt('value NUL', () => res.addTrailers({ 'X-T': 'v\0w' }));
    attempt('array value CR', () => res.addTrailers([['X-T', 'v\rw']]));
    attempt('bad name', () => res.addTrailers({ 'X T': 'v' }));
    attempt('name CRLF', () => res.addTrailers({ 'X-T\r\n': 'v' }));
    attempt('valid', () => res.addTrailers({ 'X-T': 'good' }));
    res.end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', agent: false }, () => {});
  req.on('response', () => {});
  req.write('x');
  attempt('client value CRLF', () => req.addTrailers({ 'X-C': 'v\r\nX: 1' }));
  attempt('client bad name', () => req.addTrailers({ 'X C': 'v' }));
  attempt('client valid', () => req.addTrailers({ 'X-C': 'ok' }));
  req.end();
  req.on('response', (res) => {
    res.resume();
    res.on('end', () => {
      // The raw bytes too, so an injected line would show.
      const c = net.connect(port, '127.0.0.1');
      let out = '';
      c.setEncoding('latin1');
      c.on('data', (d) => { out += d; });
      c.on('close', () => { console.log(JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, ''))); server.close(); });
      c.write('POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
  });
});
