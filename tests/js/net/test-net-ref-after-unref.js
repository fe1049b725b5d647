'use strict';
// ref() after unref() keeps the process alive again: the server's timer-free
// connection still completes and is the one that ends the run.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  sock.end('done');
}));
server.unref();
assert.strictEqual(server.ref(), server);
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port);
  client.unref();
  client.ref();
  client.resume();
  client.on('end', mustCall(() => server.close()));
}));
