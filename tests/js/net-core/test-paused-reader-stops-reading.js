'use strict';
// Backpressure end to end: a paused reader stops reading from the kernel, so a
// writer that keeps writing sees write() return false and its queue grow, and
// after resume() every byte arrives.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const CHUNK = Buffer.alloc(64 * 1024, 0x62);
let received = 0;
let serverSock;
const server = net.createServer(mustCall((sock) => {
  serverSock = sock;
  sock.pause();
  sock.on('data', (d) => { received += d.length; });
}));
server.listen(0, '127.0.0.1', mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', mustCall(() => {
    let sent = 0;
    // Write until the stream says stop; the kernel buffers fill because the
    // server stopped reading after its highWaterMark.
    function fill() {
      while (client.write(CHUNK)) sent += CHUNK.length;
      sent += CHUNK.length;
      if (client.writableLength === 0) return setImmediate(fill);
      // Give the loop a few turns: the queue must stay, nothing drains.
      let turns = 0;
      (function check() {
        if (++turns < 20) return setImmediate(check);
        assert.ok(client.writableLength > 0, 'writer queue should stay full');
        assert.ok(serverSock.readableLength <= serverSock.readableHighWaterMark + 65536);
        client.once('drain', mustCall(() => client.end()));
        serverSock.on('end', mustCall(() => {
          assert.strictEqual(received, sent);
          server.close();
        }));
        serverSock.resume();
      })();
    }
    fill();
  }));
}));
