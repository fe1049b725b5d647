'use strict';
// setEncoding('utf8') on a socket: a multi-byte character split across two
// reads is decoded whole.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const euro = Buffer.from('€');  // e2 82 ac
const server = net.createServer(mustCall((sock) => {
  sock.setNoDelay(true);
  sock.write(euro.subarray(0, 1));
  setTimeout(() => sock.end(euro.subarray(1)), 20);
}));
server.listen(0, '127.0.0.1', mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  let text = '';
  c.on('data', (d) => {
    assert.strictEqual(typeof d, 'string');
    text += d;
  });
  c.on('end', mustCall(() => {
    assert.strictEqual(text, '€');
    server.close();
  }));
}));
