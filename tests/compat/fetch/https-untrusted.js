// fetch over https: to a server whose certificate chains to a CA the client does not
// trust, fetch fails with the TLS error as the cause; the server sees no request.
const https = require('https');
const { serverOptions } = require('../tls/fixtures/common');
let requests = 0;
const server = https.createServer(serverOptions(), (req, res) => { requests++; res.end('secret'); });
server.on('tlsClientError', () => {});
server.listen(0, async () => {
  try {
    await fetch(`https://localhost:${server.address().port}/`);
    console.log('unexpected success');
  } catch (e) {
    console.log(e.name, e.message, e.cause instanceof Error, e.cause.code);
  }
  console.log('requests', requests);
  server.close();
});
