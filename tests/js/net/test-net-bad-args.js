'use strict';
// Wrong argument types throw Node's validation errors synchronously.
const assert = require('assert');
const net = require('net');

assert.throws(() => net.connect(), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
assert.throws(() => net.connect({}), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
assert.throws(() => net.connect(true), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => net.connect({ port: 80, host: 5 }),
              { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => net.connect({ port: 80, localAddress: 'x' }),
              { code: 'ERR_INVALID_IP_ADDRESS', name: 'TypeError' });
assert.throws(() => net.createServer().listen(true),
              { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(() => net.createServer().listen({}),
              { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(() => new net.Socket().setTimeout('1'),
              { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => new net.Socket().setTimeout(-1),
              { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => net.createServer('x'),
              { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
