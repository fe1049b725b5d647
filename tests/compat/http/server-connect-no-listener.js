'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => console.log('no request'));
server.listen(0, () => {
  const c = net.connect(server.address().port, () => c.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'));
  c.on('data', (d) => console.log('data', JSON.stringify(String(d))));
  c.on('close', () => { console.log('closed'); server.close(); });
});
