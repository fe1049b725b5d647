'use strict';
// Corked writes of strings in several encodings and of Buffers go out as one
// writev and arrive byte-exact, in order.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const parts = [
  ['héllo ', 'utf8'], ['68657820', 'hex'], ['YmFzZTY0IA==', 'base64'],
  [Buffer.from('buf '), undefined], ['latin1\xe9 ', 'latin1'], ['u', 'ucs2'],
];
const expected = Buffer.concat(parts.map(([c, e]) => (Buffer.isBuffer(c) ? c : Buffer.from(c, e))));

const server = net.createServer(mustCall((sock) => {
  const chunks = [];
  sock.on('data', (d) => chunks.push(d));
  sock.on('end', mustCall(() => {
    assert.ok(Buffer.concat(chunks).equals(expected));
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', mustCall(() => {
    c.cork();
    for (const [chunk, enc] of parts) c.write(chunk, enc);
    process.nextTick(() => {
      c.uncork();
      c.end();
    });
  }));
}));
