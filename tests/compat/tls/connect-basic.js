'use strict';
// A client and server exchange data: the events on both sides, in order.
const tls = require('tls');
const net = require('net');
const { pem, serverOptions } = require('./fixtures/common');

const log = [];
const server = tls.createServer(serverOptions(), (s) => {
  log.push(`server secureConnection encrypted=${s.encrypted} authorized=${s.authorized} proto=${s.getProtocol()}`);
  s.on('data', (d) => {
    log.push(`server data ${d}`);
    s.end(`echo:${d}`);
  });
  s.on('end', () => log.push('server end'));
  s.on('close', () => log.push('server close'));
});
server.on('connection', (raw) => log.push(`server connection raw-is-tls=${raw instanceof tls.TLSSocket}`));
server.listen(0, () => {
  const c = tls.connect(server.address().port, 'localhost', { ca: pem('ca') }, () => {
    log.push(`client secureConnect authorized=${c.authorized} err=${c.authorizationError} proto=${c.getProtocol()}`);
    log.push(`instanceof net.Socket=${c instanceof net.Socket} encrypted=${c.encrypted} alpn=${c.alpnProtocol}`);
    c.write('hello');
  });
  for (const e of ['connect', 'ready', 'data', 'end', 'finish', 'close']) {
    c.on(e, (a) => log.push(`client ${e}${e === 'data' ? ' ' + a : ''}`));
  }
  c.on('close', () => server.close(() => {
    log.push('server closed');
    console.log(log.join('\n'));
  }));
});
