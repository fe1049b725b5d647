'use strict';
// https.get to a server with a self-signed certificate: the request fails with
// the verification error; with rejectUnauthorized: false it goes through.
const https = require('https');
const { serverOptions } = require('../tls/fixtures/common');

const server = https.createServer(serverOptions('self'), (req, res) => res.end('ok'));
server.on('tlsClientError', (e) => console.log('server tlsClientError', e.code));
server.listen(0, () => {
  const port = server.address().port;
  const req = https.get({ host: 'localhost', port, path: '/' }, () => console.log('unexpected response'));
  req.on('error', (e) => {
    console.log('request error', e.code, e.message);
    https.get({ host: 'localhost', port, path: '/', rejectUnauthorized: false, agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('insecure response', res.statusCode, d, res.socket.authorized));
      res.on('end', () => server.close());
    });
  });
});
