'use strict';
// The server ends first with data: the client receives the data, then 'end', then
// ends automatically; both sides close without error.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  sock.resume();
  sock.end('bye');
  sock.on('end', mustCall());
  sock.on('close', mustCall((hadError) => assert.strictEqual(hadError, false)));
}));
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port);
  let data = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { data += d; });
  client.on('end', mustCall(() => assert.strictEqual(data, 'bye')));
  client.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));
