'use strict';
const http = require('http');
const net = require('net');
const server = net.createServer((s) => {
  s.once('data', () => {
    s.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConn');
    setTimeout(() => s.write('ection: close\r\n\r\n3\r\nab'), 10);
    setTimeout(() => s.end('c\r\n0\r\n\r\n'), 20);
  });
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    let b = ''; res.on('data', (d) => b += d);
    res.on('end', () => { console.log(JSON.stringify(res.headers), b); server.close(); });
  });
});
