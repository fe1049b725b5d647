'use strict';
// An IPv6 exchange on ::1 (skipped when the machine has no IPv6 loopback).
const assert = require('assert');
const net = require('net');
const { mustCall, hasIPv6 } = require('./common');

hasIPv6((ok) => {
  if (!ok) { console.log('SKIP: no IPv6 loopback'); return; }
  const server = net.createServer(mustCall((sock) => {
    assert.strictEqual(sock.remoteAddress, '::1');
    assert.strictEqual(sock.remoteFamily, 'IPv6');
    assert.strictEqual(sock.localAddress, '::1');
    assert.strictEqual(sock.localFamily, 'IPv6');
    sock.end('v6');
  }));
  server.listen(0, '::1', mustCall(() => {
    const { address, family, port } = server.address();
    assert.strictEqual(address, '::1');
    assert.strictEqual(family, 'IPv6');
    const client = net.connect(port, '::1', mustCall(() => {
      assert.strictEqual(client.remoteAddress, '::1');
      assert.strictEqual(client.remoteFamily, 'IPv6');
      assert.strictEqual(client.remotePort, port);
    }));
    client.setEncoding('utf8');
    client.on('data', mustCall((d) => assert.strictEqual(d, 'v6')));
    client.on('close', mustCall(() => server.close()));
  }));
});
