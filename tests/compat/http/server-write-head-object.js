'use strict';
const http = require('http');
const net = require('net');
// Sends raw bytes, prints the raw response with the Date header removed.
function raw(port, data, cb) {
  const c = net.connect(port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('end', () => { cb(out.replace(/Date: [^\r]*\r\n/g, '')); c.end(); });
  c.on('error', (e) => console.log('client error', e.code));
  c.write(data);
}
function show(s) { console.log(JSON.stringify(s)); }
const server = http.createServer((req, res) => { res.writeHead(201, { 'X-One': '1', 'Content-Type': 'text/plain' }); res.end('made'); });

server.listen(0, '127.0.0.1', () => {
  raw(server.address().port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', (out) => {
    show(out);
    server.close();
  });
});
