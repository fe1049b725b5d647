'use strict';
// Many pipelined requests in one write are all answered, in order.
const http = require('http');
const net = require('net');
const assert = require('assert');

const N = 200;
const server = http.createServer((req, res) => {
  // Answer out of order in time; the server must still respond in request order.
  const n = Number(req.url.slice(1));
  if (n % 3 === 0) setImmediate(() => res.end(`<${n}>`));
  else res.end(`<${n}>`);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let req = '';
  for (let i = 0; i < N; i++) req += `GET /${i} HTTP/1.1\r\nHost: x\r\n${i === N - 1 ? 'Connection: close\r\n' : ''}\r\n`;
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('end', () => {
    const bodies = out.match(/<\d+>/g);
    assert.strictEqual(bodies.length, N);
    bodies.forEach((b, i) => assert.strictEqual(b, `<${i}>`));
    server.close();
  });
  c.write(req);
});
