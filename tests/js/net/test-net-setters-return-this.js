'use strict';
// Chainable socket and server methods return this, before and after connecting.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const fresh = new net.Socket();
for (const [name, args] of [['setNoDelay', []], ['setNoDelay', [false]],
                            ['setKeepAlive', [true, 100]], ['setKeepAlive', []],
                            ['setTimeout', [0]], ['ref', []], ['unref', []],
                            ['pause', []], ['resume', []], ['setEncoding', ['utf8']]]) {
  assert.strictEqual(fresh[name](...args), fresh, `${name}(${args}) on a new socket`);
}
const server = net.createServer({ noDelay: true, keepAlive: true }, (sock) => {
  assert.strictEqual(sock.setNoDelay(true), sock);
  assert.strictEqual(sock.setKeepAlive(true, 1000), sock);
  sock.end();
});
assert.strictEqual(server.ref(), server);
server.listen(0, mustCall(() => {
  const c = net.connect(server.address().port, mustCall(() => {
    assert.strictEqual(c.setNoDelay(), c);
    assert.strictEqual(c.setKeepAlive(true), c);
    assert.strictEqual(c.setKeepAlive(false), c);
    assert.strictEqual(c.setTimeout(1000), c);
    assert.strictEqual(c.setTimeout(0), c);
  }));
  c.resume();
  c.on('close', mustCall(() => assert.strictEqual(server.close(), server)));
}));
