'use strict';
// A keep-alive https.Agent reuses one TLS connection; different TLS options make
// a different pool key (getName), so a different connection.
const https = require('https');
const { pem, serverOptions } = require('../tls/fixtures/common');

let connections = 0;
const server = https.createServer(serverOptions(), (req, res) => res.end(req.url));
server.on('secureConnection', () => connections++);
const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
const port = () => server.address().port;
function get(path, extra) {
  return new Promise((resolve) => {
    const req = https.get({ host: 'localhost', port: port(), path, agent, ca: pem('ca'), ...extra }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${body} reused=${req.reusedSocket}`));
    });
  });
}
server.listen(0, async () => {
  console.log(await get('/a'));
  console.log(await get('/b'));
  console.log(await get('/c', { ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:TLS_AES_128_GCM_SHA256' }));
  console.log(await get('/d'));
  console.log('connections', connections);
  const names = Object.keys(agent.freeSockets).map((n) => n.replace(String(port()), 'PORT'));
  console.log(names.length, names.map((n) => n.split(':').length));
  console.log(names[0].replace(/-----BEGIN[\s\S]*-----END CERTIFICATE-----\n/, 'CA'));
  agent.destroy();
  server.close();
});
