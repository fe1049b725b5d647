'use strict';
// A client sends a whole request and half-closes before the server has read the body.
// Node 20 then ends the socket and aborts the unread request only once the socket has
// closed: 'aborted' and a request error, but no 'clientError' (no parse error here).
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  req.pause();
  req.on('aborted', () => console.log('req aborted'));
  req.on('error', (e) => console.log('req error', e.code, e.message));
  req.socket.on('end', () => console.log('socket end'));
  req.socket.on('close', () => {
    console.log('socket close, req.aborted', req.aborted, 'complete', req.complete);
    server.close();
  });
});
server.on('clientError', (e) => console.log('clientError', e.code, e.message));

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.resume();
  c.end('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc');
});
