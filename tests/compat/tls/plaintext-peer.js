'use strict';
// A TLS client talking to a plain TCP server, and a plain client to a TLS server:
// OpenSSL's errors with Node's code, library and reason.
const tls = require('tls');
const net = require('net');
const { serverOptions, describe } = require('./fixtures/common');

const plain = net.createServer((s) => {
  s.on('error', () => {});
  s.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});
plain.listen(0, () => {
  const c = tls.connect({ port: plain.address().port, host: 'localhost' });
  c.on('secureConnect', () => console.log('unexpected'));
  c.on('error', (e) => console.log('client error', describe(e)));
  c.on('close', () => {
    plain.close();
    step2();
  });
});

function step2() {
  const server = tls.createServer(serverOptions(), () => console.log('unexpected'));
  server.on('tlsClientError', (e, s) => {
    console.log('tlsClientError', describe(e), s.destroyed);
  });
  server.listen(0, () => {
    const c = net.connect(server.address().port, () => c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    c.on('data', (d) => console.log('plain client got', d.length > 0 ? 'an alert' : 'nothing'));
    c.on('error', (e) => console.log('plain client error', e.code));
    c.on('close', () => server.close());
  });
}
