'use strict';
// The 'lookup' connect option replaces DNS: it gets the host name and options and
// its answer is the address connected to, reported by a 'lookup' event. (With
// autoSelectFamily, on by default in Node 20, it is asked for all addresses instead.)
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer((s) => s.end('hi'));
server.listen(0, '127.0.0.1', mustCall(() => {
  const c = net.connect({
    port: server.address().port,
    autoSelectFamily: false,
    host: 'my-service.example',
    lookup: mustCall((host, opts, cb) => {
      assert.strictEqual(host, 'my-service.example');
      assert.strictEqual(typeof opts, 'object');
      setImmediate(() => {
        if (opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
        else cb(null, '127.0.0.1', 4);
      });
    }),
  });
  c.on('lookup', mustCall((err, address, family, host) => {
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(host, 'my-service.example');
  }));
  c.setEncoding('utf8');
  c.on('data', mustCall((d) => assert.strictEqual(d, 'hi')));
  c.on('close', mustCall(() => server.close()));
}));
