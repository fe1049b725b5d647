'use strict';
// Idle timeouts of many sockets at once (protoJS keeps them on the handles, one
// list per duration): they fire in deadline order across durations, a changed
// duration replaces the old one, 0 turns one off, and a socket whose timeout has
// fired times out again after new activity (as Node's refreshed timer does).
const net = require('net');
const assert = require('assert');

const order = [];
const sockets = [];
const server = net.createServer((s) => {
  sockets.push(s);
  s.on('data', () => {});
  if (sockets.length === 5) start();
});

function start() {
  const [a, b, c, d, e] = sockets;
  a.setTimeout(150);
  b.setTimeout(50);
  c.setTimeout(1000);
  c.setTimeout(100);  // replaces 1000
  d.setTimeout(60);
  d.setTimeout(0);    // off
  let eFired = 0;
  e.setTimeout(80);
  for (const [name, s] of [['a', a], ['b', b], ['c', c], ['d', d]]) {
    s.on('timeout', () => order.push(name));
  }
  e.on('timeout', () => {
    eFired++;
    order.push(`e${eFired}`);
    // Activity after the timeout fired re-arms it.
    if (eFired === 1) clients[4].write('more');
  });
  setTimeout(() => {
    // Set at the same moment, the first four are due in duration order (also when a
    // busy loop finds several due at once); e's second timeout comes after its first.
    assert.deepStrictEqual(order.filter((x) => x !== 'e2'), ['b', 'e1', 'c', 'a']);
    assert.ok(order.indexOf('e2') > order.indexOf('e1'), order.join());
    for (const s of sockets) s.destroy();
    for (const cl of clients) cl.destroy();
    server.close();
  }, 700);
}

const clients = [];
server.listen(0, '127.0.0.1', () => {
  for (let i = 0; i < 5; i++) {
    const cl = net.connect(server.address().port, '127.0.0.1');
    cl.on('error', () => {});
    clients.push(cl);
  }
});
