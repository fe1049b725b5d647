'use strict';
// A self-signed server certificate: the client fails verification with Node's
// code and message; the server sees the client leave before the handshake ended.
const tls = require('tls');
const { serverOptions, describe } = require('./fixtures/common');

const server = tls.createServer(serverOptions('self'), () => console.log('unexpected secureConnection'));
let events = 0;
function done() {
  if (++events === 2) server.close();
}
server.on('tlsClientError', (err, socket) => {
  console.log('tlsClientError', describe(err), socket instanceof tls.TLSSocket);
  done();
});
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost' }, () => console.log('unexpected secureConnect'));
  c.on('error', (err) => console.log('client error', err.code, err.message, err instanceof Error));
  c.on('close', (hadError) => {
    console.log('client close', hadError, c.authorized, c.authorizationError);
    done();
  });
});
