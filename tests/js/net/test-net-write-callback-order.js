'use strict';
// Write callbacks run in write order; end()'s callback runs after them and, as in
// Node 20, just before the 'finish' event.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer((sock) => sock.resume());
server.listen(0, mustCall(() => {
  const order = [];
  const c = net.connect(server.address().port, mustCall(() => {
    for (let i = 0; i < 5; i++) c.write(Buffer.alloc(100000), mustCall(() => order.push(i)));
    c.on('finish', mustCall(() => order.push('finish')));
    c.end(mustCall(() => order.push('end-cb')));
  }));
  c.resume();
  c.on('close', mustCall(() => {
    assert.deepStrictEqual(order, [0, 1, 2, 3, 4, 'end-cb', 'finish']);
    server.close();
  }));
}));
