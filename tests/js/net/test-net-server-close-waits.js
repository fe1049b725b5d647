'use strict';
// server.close() stops accepting at once (listening false, new connects refused) but
// 'close' and the close callback wait until the last open connection has closed.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

let clientClosed = false;
const server = net.createServer(mustCall((sock) => {
  server.close(mustCall(() => {
    assert.strictEqual(clientClosed, true);
  }));
  assert.strictEqual(server.listening, false);
  const probe = net.connect(port, '127.0.0.1');
  probe.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    sock.end();
  }));
}));
server.on('close', mustCall(() => assert.strictEqual(clientClosed, true)));
let port;
server.listen(0, '127.0.0.1', mustCall(() => {
  port = server.address().port;
  const c = net.connect(port, '127.0.0.1');
  c.resume();
  c.on('close', mustCall(() => { clientClosed = true; }));
}));
