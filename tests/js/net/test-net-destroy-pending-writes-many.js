'use strict';
// Many small writes queued behind a large one, then destroy(): every write callback
// runs exactly once and 'close' follows.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer((sock) => { sock.pause(); sock.on('error', () => {}); });
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => {
    client.write(Buffer.alloc(8 * 1024 * 1024), mustCall());
    for (let i = 0; i < 100; i++) client.write('small write ' + i, mustCall());
    client.destroy();
  }));
  client.on('close', mustCall(() => {
    server.close();
  }));
  assert.ok(client.connecting);
}));
