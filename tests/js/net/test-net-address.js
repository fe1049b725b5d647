'use strict';
// address() shapes: a server before listen() returns null; listening on IPv4 gives
// { address, family: 'IPv4', port }; a connected socket's address() is its local
// end; a socket not connected returns {}.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer((sock) => {
  const a = sock.address();
  assert.deepStrictEqual(a, { address: '127.0.0.1', family: 'IPv4', port: server.address().port });
  sock.end();
});
assert.strictEqual(server.address(), null);
assert.deepStrictEqual(new net.Socket().address(), {});
server.listen(0, '127.0.0.1', mustCall(() => {
  const addr = server.address();
  assert.deepStrictEqual(Object.keys(addr), ['address', 'family', 'port']);
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(addr.family, 'IPv4');
  assert.ok(Number.isInteger(addr.port) && addr.port > 0);
  const client = net.connect(addr.port, '127.0.0.1', mustCall(() => {
    const local = client.address();
    assert.strictEqual(local.address, '127.0.0.1');
    assert.strictEqual(local.family, 'IPv4');
    assert.strictEqual(local.port, client.localPort);
    assert.notStrictEqual(local.port, addr.port);
  }));
  client.resume();
  client.on('close', mustCall(() => {
    server.close(mustCall(() => assert.strictEqual(server.address(), null)));
  }));
}));
