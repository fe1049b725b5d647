'use strict';
// pauseOnConnect: accepted sockets do not read until resume(); data sent early is
// delivered after resume, in full.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

let resumed = false;
const server = net.createServer({ pauseOnConnect: true }, mustCall((sock) => {
  assert.strictEqual(sock.isPaused(), true);
  sock.on('data', mustCall((d) => {
    assert.strictEqual(resumed, true);
    assert.strictEqual(d.toString(), 'early');
  }));
  sock.on('end', mustCall(() => server.close()));
  setTimeout(() => {
    assert.strictEqual(sock.bytesRead, 0);
    resumed = true;
    sock.resume();
  }, 50);
}));
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => client.end('early')));
  client.on('close', mustCall());
}));
