'use strict';
// BlockList: addresses, ranges and subnets in both families; check() answers;
// rules lists the rules newest first; bad arguments throw Node's errors.
const assert = require('assert');
const net = require('net');

const b = new net.BlockList();
b.addAddress('1.2.3.4');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('192.168.0.0', 16);
b.addAddress('::1', 'ipv6');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
assert.deepStrictEqual(b.rules, [
  'Subnet: IPv6 8592:757c:efae:4e45::/64',
  'Address: IPv6 ::1',
  'Subnet: IPv4 192.168.0.0/16',
  'Range: IPv4 10.0.0.1-10.0.0.10',
  'Address: IPv4 1.2.3.4',
]);
assert.strictEqual(b.check('1.2.3.4'), true);
assert.strictEqual(b.check('1.2.3.5'), false);
assert.strictEqual(b.check('10.0.0.1'), true);
assert.strictEqual(b.check('10.0.0.10'), true);
assert.strictEqual(b.check('10.0.0.11'), false);
assert.strictEqual(b.check('192.168.255.255'), true);
assert.strictEqual(b.check('192.169.0.0'), false);
assert.strictEqual(b.check('::1', 'ipv6'), true);
assert.strictEqual(b.check('::2', 'ipv6'), false);
// An IPv4-mapped IPv6 address matches the IPv4 rule.
assert.strictEqual(b.check('::ffff:1.2.3.4', 'ipv6'), true);
assert.strictEqual(b.check('8592:757c:efae:4e45::f', 'ipv6'), true);
assert.strictEqual(b.check('8592:757c:efae:4e46::f', 'ipv6'), false);
// SocketAddress objects are accepted too.
assert.strictEqual(b.check(new net.SocketAddress({ address: '1.2.3.4' })), true);

assert.throws(() => b.addAddress(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "address" argument must be of type string. Received type number (1)',
});
assert.throws(() => b.addSubnet('1.2.3.4', 33), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33',
});
assert.throws(() => b.addRange('10.0.0.10', '10.0.0.1'), { code: 'ERR_INVALID_ARG_VALUE' });
