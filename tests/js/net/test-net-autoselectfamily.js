'use strict';
// Happy eyeballs: when a name resolves to ::1 first and 127.0.0.1 second and the server
// listens on 127.0.0.1 only, the refused ::1 attempt is skipped and the connection
// reaches 127.0.0.1; autoSelectFamilyAttemptedAddresses lists both attempts in order.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer((s) => s.end('ok'));
server.listen(0, '127.0.0.1', mustCall(() => {
  const port = server.address().port;
  const lookup = mustCall((host, opts, cb) => {
    assert.strictEqual(opts.all, true);
    setImmediate(() => cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]));
  });
  const c = net.connect({ port, host: 'dual.example', lookup, autoSelectFamily: true }, mustCall(() => {
    assert.strictEqual(c.remoteAddress, '127.0.0.1');
    assert.deepStrictEqual(c.autoSelectFamilyAttemptedAddresses, [`::1:${port}`, `127.0.0.1:${port}`]);
  }));
  c.setEncoding('utf8');
  c.on('data', mustCall((d) => assert.strictEqual(d, 'ok')));
  c.on('close', mustCall(() => server.close()));
}));
