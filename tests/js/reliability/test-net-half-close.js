'use strict';
// Fault: peers that send a few pieces and end their write side (FIN) before the
// server has answered. The server (allowHalfOpen) answers only after 'end' and a
// short pause, so it writes into a half-closed connection; every peer must get the
// whole answer and then the server's FIN. On an allowHalfOpen false server the FIN
// ends the server side at once (Node's auto end), after what was already echoed.
// Good echo clients are served meanwhile; the servers end with no connection.
const assert = require('assert');
const net = require('net');
const {
  createEchoServer, underFaults, inOrder, hangGuard, summary, mustCall, collectUntilClose,
} = require('./common');

const ROUNDS = 20;

// Echoes everything reversed, once the peer has finished sending (or plain echo
// for the good clients, who send a marker-free payload: they are told apart by
// their first byte).
const lateServer = net.createServer({ allowHalfOpen: true }, (sock) => {
  const parts = [];
  sock.on('data', (d) => parts.push(d));
  sock.on('end', () => setTimeout(() => {
    const all = Buffer.concat(parts);
    sock.end(all[0] === 0x3e ? Buffer.from(all.toString().split('').reverse().join('')) : all);
  }, 10));
});
const autoEndServer = createEchoServer({ allowHalfOpen: false });

// Writes `pieces` with a pause between them, ends, and checks what comes back.
function halfClosePeer(port, pieces, expected, cb) {
  const s = net.connect(port, '127.0.0.1');
  let i = 0;
  (function write() {
    if (i === pieces.length) return s.end();
    s.write(pieces[i++], () => setTimeout(write, 1));
  })();
  s.on('end', mustCall());
  collectUntilClose(s, (got) => {
    assert.strictEqual(got, expected);
    cb();
  });
}

// ROUNDS peers in turn; the late server answers reversed.
function faults(reversed) {
  const list = [];
  for (let n = 0; n < ROUNDS; n++) {
    const pieces = ['>', `piece-${n}-a;`, `piece-${n}-b;`, 'end'];
    const text = pieces.join('');
    const expected = reversed ? text.split('').reverse().join('') : text;
    list.push((port, next) => halfClosePeer(port, pieces, expected, next));
  }
  return (port, done) => inOrder(list, port, done);
}

hangGuard(60000, 'half-close faults');
underFaults(lateServer, 'echo', faults(true), mustCall((f1, s1) => {
  underFaults(autoEndServer, 'echo', faults(false), mustCall((f2, s2) => {
    summary('net half-close', f1 + f2, s1 + s2);
  }));
}));
