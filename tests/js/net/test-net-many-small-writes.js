'use strict';
// 20 000 small writes issued in one tick arrive complete and in order, every write
// callback runs once, in order.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const N = 20000;
const server = net.createServer(mustCall((sock) => {
  let got = '';
  sock.setEncoding('latin1');
  sock.on('data', (d) => { got += d; });
  sock.on('end', mustCall(() => {
    const parts = got.split(',');
    assert.strictEqual(parts.length, N + 1);
    for (let i = 0; i < N; i++) assert.strictEqual(parts[i], String(i));
    server.close();
  }));
}));
server.listen(0, mustCall(() => {
  const c = net.connect(server.address().port, mustCall(() => {
    let next = 0;
    for (let i = 0; i < N; i++) {
      c.write(i + ',', () => { assert.strictEqual(i, next++); });
    }
    c.end(mustCall(() => assert.strictEqual(next, N)));
  }));
}));
