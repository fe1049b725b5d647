'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  req.on('data', (d) => { console.log('data', d.toString()); c.destroy(); });
  req.on('aborted', () => console.log('aborted', req.aborted, req.complete));
  req.on('error', (e) => console.log('error', e.code, e.message));
  req.on('close', () => { console.log('close'); server.close(); });
});
let c;
server.listen(0, () => {
  c = net.connect(server.address().port, () => c.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nfirst'));
});
