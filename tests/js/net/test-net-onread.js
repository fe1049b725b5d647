'use strict';
// The onread connect option: data is read into the caller's buffer and handed to the
// callback as (nread, buffer) instead of 'data' events; returning false pauses reading.
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall, mustCallAtLeast } = require('./common');

const payload = Buffer.alloc(100000);
for (let i = 0; i < payload.length; i++) payload[i] = i % 253;
const server = net.createServer((s) => s.end(payload));
server.listen(0, mustCall(() => {
  const mine = Buffer.alloc(4096);
  const got = [];
  const c = net.connect({
    port: server.address().port,
    onread: {
      buffer: mine,
      callback: mustCallAtLeast((nread, buf) => {
        assert.strictEqual(buf, mine);
        assert.ok(nread > 0 && nread <= mine.length);
        got.push(Buffer.from(buf.subarray(0, nread)));
      }, Math.ceil(payload.length / mine.length)),
    },
  });
  c.on('data', mustNotCall('data'));
  c.on('end', mustCall(() => {
    assert.ok(Buffer.concat(got).equals(payload));
    server.close();
  }));
}));
