'use strict';
// https.request with a body (chunked and with content-length), URL object input.
const https = require('https');
const { pem, serverOptions } = require('../tls/fixtures/common');

const server = https.createServer(serverOptions(), (req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    res.writeHead(201, { 'x-len': String(body.length), 'x-te': req.headers['transfer-encoding'] || 'none' });
    res.end(body.toString('utf8').toUpperCase());
  });
});
const agent = new https.Agent({ ca: pem('ca') });
function send(url, body, headers, next) {
  const req = https.request(url, { method: 'POST', agent, headers }, (res) => {
    let text = '';
    res.on('data', (d) => { text += d; });
    res.on('end', () => {
      console.log(res.statusCode, res.headers['x-len'], res.headers['x-te'], text.length, text.slice(0, 20));
      next();
    });
  });
  req.on('error', (e) => console.log('error', e.code));
  if (headers['content-length']) req.end(body);
  else {
    req.write(body.slice(0, 10));
    req.end(body.slice(10));
  }
}
server.listen(0, () => {
  const url = new URL(`https://localhost:${server.address().port}/echo`);
  const big = 'abcdefghij'.repeat(50000);
  send(url, 'short body here', {}, () => {
    send(url, big, { 'content-length': String(big.length) }, () => {
      agent.destroy();
      server.close();
    });
  });
});
