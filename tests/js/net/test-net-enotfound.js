'use strict';
// Connecting to a name under .invalid (RFC 6761: never resolves) fails with
// ENOTFOUND from getaddrinfo, after a 'lookup' event carrying the error.
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

const client = net.connect(80, 'no-such-host.invalid', mustNotCall('connect'));
client.on('lookup', mustCall((err, address, family, host) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(host, 'no-such-host.invalid');
}));
client.on('error', mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'no-such-host.invalid');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND no-such-host.invalid');
  assert.strictEqual(typeof err.errno, 'number');
}));
client.on('close', mustCall((hadError) => assert.strictEqual(hadError, true)));
