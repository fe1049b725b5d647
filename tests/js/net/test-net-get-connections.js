'use strict';
// server.getConnections counts open accepted sockets and answers asynchronously
// (callback(null, n)); the count drops as connections close.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const N = 3;
const accepted = [];
const server = net.createServer((sock) => {
  accepted.push(sock);
  if (accepted.length < N) return;
  let sync = true;
  server.getConnections(mustCall((err, count) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err, null);
    assert.strictEqual(count, N);
    accepted[0].on('close', mustCall(() => {
      server.getConnections(mustCall((err, count) => {
        assert.strictEqual(count, N - 1);
        for (const s of accepted) s.destroy();
        server.close();
      }));
    }));
    accepted[0].destroy();
  }));
  sync = false;
});
server.listen(0, mustCall(() => {
  for (let i = 0; i < N; i++) net.connect(server.address().port).resume();
}));
