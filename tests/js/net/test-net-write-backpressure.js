'use strict';
// A writer facing a reader that does not read sees write() return false once the
// queue passes the highWaterMark, and gets 'drain' when the reader catches up.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const chunk = Buffer.alloc(64 * 1024, 0x62);
const server = net.createServer(mustCall((sock) => {
  sock.pause();
  server.resumeReader = () => sock.resume();
  sock.on('end', () => sock.end());
}));
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => {
    let writes = 0;
    while (client.write(chunk)) {
      if (++writes > 10000) assert.fail('write() never returned false');
    }
    assert.ok(client.writableLength >= client.writableHighWaterMark);
    assert.strictEqual(client.writableNeedDrain, true);
    client.once('drain', mustCall(() => {
      assert.strictEqual(client.writableLength, 0);
      client.end();
    }));
    server.resumeReader();
  }));
  client.on('close', mustCall(() => server.close()));
}));
