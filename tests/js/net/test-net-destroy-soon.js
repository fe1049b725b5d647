'use strict';
// destroySoon() after a write lets the pending data reach the peer before closing.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  sock.write(Buffer.alloc(1024 * 1024, 0x7a));
  sock.destroySoon();
}));
server.listen(0, mustCall(() => {
  const c = net.connect(server.address().port);
  let n = 0;
  c.on('data', (d) => { n += d.length; });
  c.on('end', mustCall(() => assert.strictEqual(n, 1024 * 1024)));
  c.on('close', mustCall(() => server.close()));
}));
