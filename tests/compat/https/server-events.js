'use strict';
// An https server: 'connection', 'secureConnection', 'request', then the
// client's certificate check failing shows up as 'tlsClientError' and 'clientError'.
const https = require('https');
const tls = require('tls');
const { pem, serverOptions } = require('../tls/fixtures/common');

const log = [];
const server = https.createServer(serverOptions(), (req, res) => {
  log.push(`request ${req.url} ${req.socket instanceof tls.TLSSocket}`);
  res.end('x');
});
server.on('connection', () => log.push('connection'));
server.on('secureConnection', (s) => log.push(`secureConnection ${s.alpnProtocol}`));
server.on('clientError', (e, socket) => {
  log.push(`clientError ${e.code} ${socket.destroyed}`);
});
server.listen(0, () => {
  const port = server.address().port;
  const req = https.get({ host: 'localhost', port, ca: pem('ca'), agent: false, ALPNProtocols: ['http/1.1'] }, (res) => {
    res.resume();
    res.on('end', () => {
      const bad = tls.connect({ port, host: 'localhost' });  // rejects the certificate
      bad.on('error', (e) => log.push(`client error ${e.code}`));
      bad.on('close', () => {
        server.close(() => console.log(log.join('\n')));
      });
    });
  });
  req.on('error', (e) => console.log('error', e));
});
