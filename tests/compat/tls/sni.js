'use strict';
// servername sends SNI; the server sees it, the client reports what it sent.
const tls = require('tls');
const { pem, serverOptions } = require('./fixtures/common');

const server = tls.createServer(serverOptions(), (s) => {
  console.log('server servername', s.servername);
  s.end();
});
server.listen(0, () => {
  const port = server.address().port;
  const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: pem('ca') }, () => {
    console.log('client servername', c.servername, 'authorized', c.authorized);
  });
  c.on('close', () => {
    const c2 = tls.connect({ port, host: '127.0.0.1', ca: pem('ca') }, () => {
      console.log('by IP: servername', c2.servername, 'authorized', c2.authorized);
    });
    c2.on('close', () => server.close());
  });
});
