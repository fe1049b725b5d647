'use strict';
// https.createServer + https.get with a trusted CA: status, headers, body, and
// what each side knows about the TLS connection.
const https = require('https');
const { pem, serverOptions } = require('../tls/fixtures/common');

const server = https.createServer(serverOptions(), (req, res) => {
  console.log('server', req.method, req.url, req.headers.host.replace(/:\d+$/, ':PORT'), req.socket.encrypted, req.socket.alpnProtocol);
  res.setHeader('content-type', 'text/plain');
  res.end('hello over tls');
});
server.listen(0, () => {
  const port = server.address().port;
  https.get(`https://localhost:${port}/path?q=1`, { ca: pem('ca') }, (res) => {
    console.log('client', res.statusCode, res.headers['content-type'], res.httpVersion);
    console.log('socket authorized', res.socket.authorized, res.socket.getProtocol(), res.socket.servername);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('body', body);
      server.close(() => console.log('server closed'));
      server.closeIdleConnections();
    });
  });
});
