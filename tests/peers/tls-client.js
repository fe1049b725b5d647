'use strict';
// A TLS client for run-tls-openssl.sh: connects to 127.0.0.1:PORT trusting the
// test CA (servername localhost), sends an HTTP/1.0 request and prints the
// verification result and the first line of the reply.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const ca = fs.readFileSync(path.join(__dirname, '..', 'compat', 'tls', 'fixtures', 'ca.pem'));
const c = tls.connect({ port: Number(process.argv[2]), host: '127.0.0.1', servername: 'localhost', ca }, () => {
  console.log(`authorized=${c.authorized} protocol=${c.getProtocol()}`);
  c.write('GET / HTTP/1.0\r\n\r\n');
});
let reply = '';
c.setEncoding('latin1');
c.on('data', (d) => { reply += d; });
c.on('end', () => console.log(`reply=${reply.split('\r\n')[0]}`));
c.on('error', (e) => console.log(`error=${e.code}`));
