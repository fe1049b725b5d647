'use strict';
// Fault: peers that connect to a net echo server and send nothing, or send a little
// and then go quiet. The server's socket.setTimeout fires 'timeout' for each and the
// server destroys it; every quiet peer sees its connection end. Good echo clients
// are served meanwhile; the server ends with no connection.
const assert = require('assert');
const net = require('net');
const {
  underFaults, allAtOnce, hangGuard, summary, mustCall, collectUntilClose,
} = require('./common');

const PER_KIND = 15;
let timeouts = 0;

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.setTimeout(300);
  sock.on('timeout', () => {
    timeouts++;
    sock.destroy();
  });
  sock.pipe(sock);
});

// A quiet peer: sends `first` (maybe nothing) and waits for the server to hang up.
function quietPeer(port, first, cb) {
  const s = net.connect(port, '127.0.0.1', () => { if (first) s.write(first); });
  collectUntilClose(s, (echoed) => {
    assert.strictEqual(echoed, first || '');
    cb();
  });
}

hangGuard(60000, 'idle connections');
const list = [];
for (const first of [null, 'some bytes then silence']) {
  for (let i = 0; i < PER_KIND; i++) list.push((port, cb) => quietPeer(port, first, cb));
}
underFaults(server, 'echo', (port, done) => allAtOnce(list, port, done), mustCall((injected, served) => {
  assert.strictEqual(timeouts, injected);
  summary('net idle connections', injected, served);
}));
