'use strict';
// The client destroys its connected socket: it closes at once (destroyed, readyState
// 'closed'), and the server side sees an orderly 'end' and 'close'.
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  sock.resume();
  sock.on('end', mustCall());
  sock.on('error', mustNotCall());
  sock.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
  sock.write('hello', mustCall());
}));
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port);
  client.on('data', mustCall(() => {
    client.destroy();
    assert.strictEqual(client.destroyed, true);
    assert.strictEqual(client.readyState, 'closed');
  }));
  client.on('end', mustNotCall());
  client.on('close', mustCall((hadError) => assert.strictEqual(hadError, false)));
}));
