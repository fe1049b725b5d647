'use strict';
// net.isIP / isIPv4 / isIPv6 over a table of valid and invalid inputs.
const assert = require('assert');
const net = require('net');

const table = [
  ['127.0.0.1', 4], ['0.0.0.0', 4], ['255.255.255.255', 4], ['1.2.3.4', 4],
  ['256.0.0.1', 0], ['1.2.3', 0], ['1.2.3.4.5', 0], ['01.2.3.4', 0], ['1.2.3.04', 0],
  ['1.2.3.-1', 0], [' 1.2.3.4', 0], ['1.2.3.4 ', 0], ['0x7f.0.0.1', 0],
  ['::1', 6], ['::', 6], ['fe80::1', 6], ['fe80::1%eth0', 6], ['::ffff:127.0.0.1', 6],
  ['2001:db8::ff00:42:8329', 6], ['2001:0db8:0000:0000:0000:ff00:0042:8329', 6],
  ['1:2:3:4:5:6:7:8', 6], ['1:2:3:4:5:6:7:8:9', 0], ['1::2::3', 0], [':::1', 0],
  ['gggg::1', 0], ['12345::1', 0], ['::ffff:256.0.0.1', 0], ['[::1]', 0],
  ['', 0], ['localhost', 0], ['example.com', 0], ['1', 0],
];
for (const [input, v] of table) {
  assert.strictEqual(net.isIP(input), v, `isIP(${JSON.stringify(input)})`);
  assert.strictEqual(net.isIPv4(input), v === 4, `isIPv4(${JSON.stringify(input)})`);
  assert.strictEqual(net.isIPv6(input), v === 6, `isIPv6(${JSON.stringify(input)})`);
}
// Non-strings are converted with String() and never throw.
for (const x of [undefined, null, 127, {}, [], true]) {
  assert.strictEqual(net.isIP(x), 0);
  assert.strictEqual(net.isIPv4(x), false);
  assert.strictEqual(net.isIPv6(x), false);
}
