'use strict';
// for await over a socket yields every chunk in order and finishes at 'end' (on both
// the accepted and the client socket).
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall(async (sock) => {
  sock.write('ok', mustCall());
  const parts = [];
  for await (const chunk of sock) {
    assert.ok(Buffer.isBuffer(chunk));
    parts.push(chunk);
  }
  const all = Buffer.concat(parts);
  assert.strictEqual(all.length, 300000);
  for (let i = 0; i < all.length; i += 997) assert.strictEqual(all[i], i % 251);
  server.close(mustCall());
}));
server.listen(0, mustCall(() => {
  const c = net.connect(server.address().port, mustCall(() => {
    const buf = Buffer.alloc(300000);
    for (let i = 0; i < buf.length; i++) buf[i] = i % 251;
    c.end(buf);
  }));
  (async () => {
    let reply = '';
    for await (const chunk of c) reply += chunk;
    assert.strictEqual(reply, 'ok');
  })().then(mustCall());
}));
