'use strict';
// The server's parser reads the connection itself (Node's consume): a 'data'
// listener on the server-side socket sees nothing, bytesRead still counts, and
// requests split across reads, pipelined, with bodies, and a parse error after a
// good request all behave as with 'data' events.
const http = require('http');
const net = require('net');

let dataEvents = 0;
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('request', req.method, req.url, JSON.stringify(body));
    res.end(`${req.url}:${body.length}`);
  });
});
server.on('connection', (socket) => socket.on('data', () => { dataEvents++; }));
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.bytesParsed, JSON.stringify(err.rawPacket.toString()));
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    const statuses = got.split('\r\n').filter((l) => l.startsWith('HTTP/1.1'));
    console.log('statuses', statuses.join(' | '));
    console.log('bodies', got.match(/\/[a-z]:\d+/g).join(' '));
    console.log('data events on the server socket', dataEvents);
    server.close();
  });
  // A head split in two reads, then two pipelined requests (one with a body),
  // then garbage.
  c.write('GET /a HTTP/1.1\r\nHo');
  setTimeout(() => {
    c.write('st: x\r\n\r\n');
    setTimeout(() => {
      c.write('POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloGET /c HTTP/1.1\r\nHost: x\r\n\r\n');
      setTimeout(() => c.write('BAD\x01 / HTTP/1.1\r\n\r\n'), 50);
    }, 50);
  }, 50);
});
