'use strict';
// bytesRead and bytesWritten count bytes on the wire on both ends: strings count in
// their encoding ('€' is 1 byte in latin1, 'é' 2 in utf8, 8 hex digits are 4 bytes),
// TypedArrays by byteLength; the counters stay readable after close.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const SENT = 3 + 1 + 2 + 4 + 100;
const server = net.createServer(mustCall((sock) => {
  sock.resume();
  sock.on('end', mustCall(() => {
    assert.strictEqual(sock.bytesRead, SENT);
    sock.end(Buffer.alloc(7));
  }));
  sock.on('close', mustCall(() => assert.strictEqual(sock.bytesWritten, 7)));
}));
server.listen(0, mustCall(() => {
  const c = net.connect(server.address().port, mustCall(() => {
    assert.strictEqual(c.bytesWritten, 0);
    c.write('abc');
    c.write('€', 'latin1');
    c.write('é');
    c.write('deadbeef', 'hex');
    c.end(new Uint32Array(25));
  }));
  c.resume();
  c.on('close', mustCall(() => {
    assert.strictEqual(c.bytesWritten, SENT);
    assert.strictEqual(c.bytesRead, 7);
    server.close();
  }));
}));
