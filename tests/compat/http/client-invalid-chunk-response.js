'use strict';
// A raw server sends a chunked response whose framing breaks after the first
// chunk (invalid chunk size, bad chunk terminator, bad trailer). The client has
// already emitted 'response'; checks the data delivered, which object gets the
// parse error (code, message, bytesParsed) and the 'aborted'/'error'/'close' order.
// A valid response using chunk extensions is accepted.
const http = require('http');
const net = require('net');

const replies = [
  ['invalid chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nZZ\r\nxx\r\n0\r\n\r\n'],
  ['missing chunk CRLF', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n'],
  ['chunk extensions ok', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;name=val\r\nabc\r\n2;flag\r\nde\r\n0;last\r\n\r\n'],
  ['eof mid chunk', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab'],
];

let reply;
const server = net.createServer((s) => {
  s.on('error', () => {});
  s.once('data', () => { s.write(reply); s.end(); });
});

function run(port) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      console.log('  response', res.statusCode);
      res.on('data', (d) => console.log('  data', JSON.stringify(d.toString())));
      res.on('aborted', () => console.log('  res aborted'));
      res.on('error', (e) => console.log('  res error', e.code, e.message));
      res.on('end', () => console.log('  res end', res.complete));
      res.on('close', () => console.log('  res close'));
    });
    req.on('error', (e) => console.log('  req error', e.code, JSON.stringify(e.message), e.bytesParsed, e.rawPacket && e.rawPacket.length));
    req.on('close', () => { console.log('  req close'); setImmediate(resolve); });
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const [name, r] of replies) {
    console.log('--', name);
    reply = r;
    await run(server.address().port);
  }
  server.close();
});
