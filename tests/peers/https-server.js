'use strict';
// An https server for run-https-curl.sh: prints "PORT n"; GET answers with the
// path and whether the connection was reused, POST echoes the body's length and
// sha256; GET /quit closes the server.
const https = require('https');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const fixtures = path.join(__dirname, '..', 'compat', 'tls', 'fixtures');
let requests = 0;
const server = https.createServer({
  key: fs.readFileSync(path.join(fixtures, 'server-key.pem')),
  cert: fs.readFileSync(path.join(fixtures, 'server.pem')),
}, (req, res) => {
  const n = ++requests;
  const hash = crypto.createHash('sha256');
  let len = 0;
  req.on('data', (d) => { len += d.length; hash.update(d); });
  req.on('end', () => {
    if (req.url === '/quit') {
      res.end('bye\n', () => {
        server.closeAllConnections();
        server.close();
      });
    } else if (req.method === 'POST') res.end(`${len} ${hash.digest('hex')}\n`);
    else res.end(`${req.method} ${req.url} request=${n} alpn=${req.socket.alpnProtocol}\n`);
  });
});
server.listen(0, '127.0.0.1', () => console.log(`PORT ${server.address().port}`));
