'use strict';
// Response body writes with encodings and odd chunks, chunked and fixed-length:
// hex/base64/latin1/utf16le strings (chunk sizes are byte counts), Uint8Array and
// empty writes (callback still called, no empty chunk emitted), end(data, enc, cb),
// and write() callbacks' order relative to 'finish'.
const http = require('http');

const cases = [
  (res, log) => {
    res.write('ff00', 'hex', () => log('hex cb'));
    res.write('aGk=', 'base64', () => log('b64 cb'));
    res.write('', () => log('empty cb'));
    res.write(new Uint8Array([65, 66]), () => log('u8 cb'));
    res.write('\u00e9', 'latin1');
    res.end('\u00e9', 'utf16le', () => log('end cb'));
  },
  (res, log) => {
    res.setHeader('Content-Length', 6);
    res.write('', () => log('empty cb'));
    res.write('6869', 'hex', () => log('hex cb'));
    res.end('aGk6KQ==', 'base64', () => log('end cb'));
  },
  (res, log) => { res.end('', () => log('end empty cb')); },
  (res, log) => { res.end(Buffer.alloc(0), () => log('end empty buffer cb')); },
];

const server = http.createServer((req, res) => {
  const log = (m) => console.log('  ' + m);
  res.on('finish', () => log('finish'));
  cases[Number(req.url.slice(1))](res, log);
});

const { exchangeNoDate } = require('./fixtures/raw-cases');
// The raw response to `data`, Date header left out.
const exchange = (port, data) => exchangeNoDate(port, data, false);

server.listen(0, '127.0.0.1', async () => {
  for (let i = 0; i < cases.length; i++) {
    console.log('--', i);
    const out = await exchange(server.address().port, `GET /${i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    console.log('  response', JSON.stringify(out));
  }
  server.close();
});
