'use strict';
// A leaf signed by a CA the client does not trust, sent alone and with its CA.
const tls = require('tls');
const { pem, describe } = require('./fixtures/common');

function attempt(cert, next) {
  const server = tls.createServer({ key: pem('untrusted-key'), cert });
  server.on('tlsClientError', () => {});
  server.listen(0, () => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca') });
    c.on('secureConnect', () => console.log('unexpected secureConnect'));
    c.on('error', (err) => console.log('client error', err.code, '|', err.message));
    c.on('close', () => server.close(next));
  });
}
attempt(pem('untrusted'), () => {
  attempt(Buffer.concat([pem('untrusted'), pem('other-ca')]), () => console.log('done'));
});
