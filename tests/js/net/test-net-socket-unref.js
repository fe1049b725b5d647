'use strict';
// An unref()'d connected socket (with an unref()'d server) lets the process exit
// while the connection is still open; ref() returns the socket.
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

const server = net.createServer(mustCall((sock) => { sock.unref(); }));
server.listen(0, mustCall(() => {
  server.unref();
  const client = net.connect(server.address().port, mustCall(() => {
    assert.strictEqual(client.unref(), client);
  }));
  client.on('close', mustNotCall('close'));
}));
