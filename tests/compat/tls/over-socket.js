'use strict';
// tls.connect({ socket }) upgrades a connected net.Socket, and new TLSSocket(socket)
// on the server side of a plain net.Server (STARTTLS-style).
const tls = require('tls');
const net = require('net');
const { pem, serverOptions } = require('./fixtures/common');

const opts = serverOptions();
const server = net.createServer((raw) => {
  raw.once('data', (d) => {
    console.log('server plain', d.toString());
    raw.write('GO\n', () => {
      const secure = new tls.TLSSocket(raw, { isServer: true, server: undefined, secureContext: tls.createSecureContext(opts) });
      secure.on('secure', () => console.log('server secure', secure.getProtocol()));
      secure.on('data', (x) => {
        console.log('server tls data', x.toString());
        secure.end('tls reply');
      });
    });
  });
});
server.listen(0, () => {
  const plain = net.connect(server.address().port, 'localhost', () => plain.write('STARTTLS'));
  plain.once('data', (d) => {
    console.log('client plain', d.toString().trim());
    const c = tls.connect({ socket: plain, host: 'localhost', ca: pem('ca') }, () => {
      console.log('client secure', c.authorized, c.getProtocol(), c.encrypted);
      c.write('secret');
    });
    c.setEncoding('utf8');
    c.on('data', (x) => console.log('client tls data', x));
    c.on('close', () => server.close());
  });
});
