'use strict';
// The server destroys an accepted socket: the client sees 'end' then 'close' without error.
const assert = require('assert');
const net = require('net');
const { mustCall, mustNotCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  sock.on('close', mustCall((hadError) => assert.strictEqual(hadError, false)));
  sock.on('data', mustCall(() => sock.destroy()));
}));
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => client.write('x')));
  client.resume();
  client.on('error', mustNotCall());
  client.on('end', mustCall());
  client.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));
