'use strict';
// The server closes a connection before the handshake: the client's error is
// Node's ECONNRESET with host and port.
const tls = require('tls');
const net = require('net');

const server = net.createServer((s) => s.destroy());
server.listen(0, () => {
  const port = server.address().port;
  const c = tls.connect({ port, host: 'localhost' });
  c.on('error', (e) => console.log(e.code, e.message, e.host, e.port === port));
  c.on('close', (hadError) => {
    console.log('close', hadError);
    server.close();
  });
});
