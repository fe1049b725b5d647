'use strict';
// rejectUnauthorized: false connects anyway and reports why the peer is not trusted.
const tls = require('tls');
const { serverOptions, pem } = require('./fixtures/common');

const server = tls.createServer(serverOptions('self'), (s) => s.end('secret'));
server.listen(0, () => {
  const port = server.address().port;
  const c = tls.connect({ port, host: 'localhost', rejectUnauthorized: false }, () => {
    console.log('authorized', c.authorized, 'authorizationError', c.authorizationError);
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('end', () => console.log('end'));
  c.on('close', () => {
    const c2 = tls.connect({ port, host: '127.0.0.1', ca: pem('ca'), rejectUnauthorized: false }, () => {
      console.log('ca mismatch authorized', c2.authorized, c2.authorizationError);
      c2.destroy();
      server.close();
    });
  });
});
