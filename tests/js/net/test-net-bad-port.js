'use strict';
// Out-of-range and malformed ports throw ERR_SOCKET_BAD_PORT (RangeError) synchronously,
// from connect() and from listen(). (A non-numeric string as the first argument of
// connect() is a pipe path, so those only appear in the options form.)
const assert = require('assert');
const net = require('net');

const err = { code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError' };
for (const port of [-1, 65536, 1.5, NaN, Infinity, '65536', '']) {
  assert.throws(() => net.connect(port), err, `connect(${String(port)})`);
}
for (const port of [-1, 65536, 1.5, NaN, Infinity, '65536', '-1', 'abc', '']) {
  assert.throws(() => net.connect({ port }), err, `connect({ port: ${String(port)} })`);
  assert.throws(() => net.createServer().listen({ port }), err, `listen({ port: ${port} })`);
}
assert.throws(() => net.connect(65536), {
  message: 'Port should be >= 0 and < 65536. Received type number (65536).',
});
assert.throws(() => net.createServer().listen(65536), {
  message: 'options.port should be >= 0 and < 65536. Received type number (65536).',
});
