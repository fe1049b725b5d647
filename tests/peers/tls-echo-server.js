'use strict';
// A TLS echo server for run-tls-openssl.sh: prints "PORT n", echoes each
// connection, reports the SNI name and ALPN protocol it saw, and exits after
// `count` connections.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const fixtures = path.join(__dirname, '..', 'compat', 'tls', 'fixtures');
const count = Number(process.argv[2] || 1);
const server = tls.createServer({
  key: fs.readFileSync(path.join(fixtures, 'server-key.pem')),
  cert: fs.readFileSync(path.join(fixtures, 'server.pem')),
  ALPNProtocols: ['echo/1', 'http/1.1'],
}, (s) => {
  console.log(`CONN servername=${s.servername} alpn=${s.alpnProtocol} protocol=${s.getProtocol()}`);
  s.pipe(s);
});
let seen = 0;
server.on('secureConnection', (s) => s.on('close', () => {
  if (++seen === count) server.close();
}));
server.listen(0, '127.0.0.1', () => console.log(`PORT ${server.address().port}`));
