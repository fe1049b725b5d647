'use strict';
// net.SocketAddress: defaults, IPv6 with flowlabel, toJSON, validation errors.
const assert = require('assert');
const net = require('net');

const d = new net.SocketAddress();
assert.strictEqual(d.address, '127.0.0.1');
assert.strictEqual(d.port, 0);
assert.strictEqual(d.family, 'ipv4');
assert.strictEqual(d.flowlabel, 0);

const a = new net.SocketAddress({ address: '::1', port: 80, family: 'ipv6', flowlabel: 7 });
assert.strictEqual(a.address, '::1');
assert.strictEqual(a.port, 80);
assert.strictEqual(a.family, 'ipv6');
assert.strictEqual(a.flowlabel, 7);
assert.deepStrictEqual(a.toJSON(), { address: '::1', port: 80, family: 'ipv6', flowlabel: 7 });
assert.ok(a instanceof net.SocketAddress);

assert.throws(() => new net.SocketAddress({ address: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.address" property must be of type string. Received type number (1)',
});
assert.throws(() => new net.SocketAddress({ family: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' is invalid. Received 'x'",
});
assert.throws(() => new net.SocketAddress({ port: 65536 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => new net.SocketAddress(1), { code: 'ERR_INVALID_ARG_TYPE' });
