'use strict';
// Connecting to a host name emits 'lookup' (err, address, family, host) before
// 'connect' and 'ready'; connecting to an IP literal emits no 'lookup'.
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', mustCall(() => {
  const port = server.address().port;
  const events = [];
  const c = net.connect({ port, host: 'localhost', family: 4 });
  c.on('lookup', mustCall((err, address, family, host) => {
    events.push('lookup');
    assert.strictEqual(err, null);
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 4);
    assert.strictEqual(host, 'localhost');
  }));
  c.on('connect', mustCall(() => events.push('connect')));
  c.on('ready', mustCall(() => events.push('ready')));
  c.resume();
  c.on('close', mustCall(() => {
    assert.deepStrictEqual(events, ['lookup', 'connect', 'ready']);
    const d = net.connect(port, '127.0.0.1');
    d.on('lookup', mustNotCall('lookup for an IP literal'));
    d.resume();
    d.on('close', mustCall(() => server.close()));
  }));
}));
