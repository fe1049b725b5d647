'use strict';
// server.maxConnections on an http.Server: a connection over the limit is closed
// at once with a 'drop' event (its data object's keys), never reaches 'connection'
// or the request handler, and the connection within the limit is still served.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => { console.log('request', req.url); res.end('ok'); });
server.maxConnections = 1;
server.on('drop', (d) => console.log('drop', typeof d, Object.keys(d).sort().join(','), d.remoteAddress, d.localPort === server.address().port));
server.on('connection', () => console.log('connection'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1', () => {
    const b = net.connect(port, '127.0.0.1', () => b.write('GET /b HTTP/1.1\r\nHost: x\r\n\r\n'));
    let got = '';
    b.on('data', (d) => { got += d; });
    b.on('error', (e) => console.log('b error', e.code));
    b.on('close', () => {
      console.log('b closed, got', JSON.stringify(got));
      a.end('GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
  });
  a.on('data', (d) => console.log('a got', d.toString().split('\r\n')[0]));
  a.on('close', () => { console.log('a closed'); server.close(() => console.log('server closed')); });
});
