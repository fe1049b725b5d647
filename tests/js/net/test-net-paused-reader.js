'use strict';
// A paused reader stops reading from the kernel: once its internal buffer is full
// (shortly after pause()) bytesRead stays put although the writer keeps offering
// data, and the writer is blocked; after resume() all data arrives.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const TOTAL = 32 * 1024 * 1024;
const server = net.createServer(mustCall((sock) => {
  let received = 0;
  sock.on('data', (d) => {
    received += d.length;
    if (received >= 1024 * 1024 && !sock.pausedOnce) {
      sock.pausedOnce = true;
      sock.pause();
      const atPause = sock.bytesRead;
      setTimeout(mustCall(() => {
        // The readable buffer has filled up to about its highWaterMark by now.
        const settled = sock.bytesRead;
        assert.ok(settled - atPause <= 1024 * 1024, `read ${settled - atPause} bytes while paused`);
        setTimeout(mustCall(() => {
          assert.strictEqual(sock.bytesRead, settled);
          assert.ok(client.writableLength > 0, 'the writer should be blocked');
          sock.resume();
        }), 100);
      }), 50);
    }
  });
  sock.on('end', mustCall(() => {
    assert.strictEqual(received, TOTAL);
    sock.end();
  }));
}));
let client;
server.listen(0, mustCall(() => {
  client = net.connect(server.address().port);
  const chunk = Buffer.alloc(64 * 1024);
  let sent = 0;
  (function pump() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!client.write(chunk)) return client.once('drain', pump);
    }
    client.end();
  })();
  client.resume();
  client.on('close', mustCall(() => server.close()));
}));
