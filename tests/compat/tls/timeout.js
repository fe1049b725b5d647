'use strict';
// setTimeout on a TLS socket: 'timeout' after idleness, cleared by activity.
const tls = require('tls');
const { pem, serverOptions } = require('./fixtures/common');

const server = tls.createServer(serverOptions(), (s) => {
  s.setTimeout(50, () => {
    console.log('server timeout');
    s.end('idle');
  });
});
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca'), timeout: 1000 }, () => {
    console.log('client timeout option', c.timeout);
  });
  c.on('timeout', () => console.log('client timeout (unexpected)'));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client data', d));
  c.on('close', () => server.close());
});
